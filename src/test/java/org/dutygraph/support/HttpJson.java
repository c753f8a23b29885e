package org.dutygraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP GET against a running application, for tests that go through the real server. */
public final class HttpJson {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private HttpJson() {
    }

    public static HttpResponse<String> get(int port, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + path, e);
        }
    }
}
