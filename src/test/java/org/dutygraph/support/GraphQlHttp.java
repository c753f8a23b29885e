package org.dutygraph.support;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GraphQL over real HTTP, the way clients call the service: POST /graphql with a JSON body. Operations live in
 * {@code src/test/resources/graphql-test/<name>.graphql}; answers come back as JSON to read with JsonPath.
 */
public final class GraphQlHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String token;

    private GraphQlHttp(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public static GraphQlHttp on(int port) {
        return new GraphQlHttp(port, null);
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    public GraphQlHttp withToken(String token) {
        return new GraphQlHttp(port, token);
    }

    /** Runs the operation in graphql-test/{@code name}.graphql with these variables (name, value, name, value …). */
    public DocumentContext run(String name, Object... variables) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        return execute(operation(name), vars);
    }

    public DocumentContext execute(String query, Map<String, Object> variables) {
        try {
            String body = net.minidev.json.JSONObject.toJSONString(Map.of("query", query, "variables", variables));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("POST /graphql answered " + response.statusCode() + ": " + response.body());
            }
            return JsonPath.parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST /graphql failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String operation(String name) {
        try (InputStream in = GraphQlHttp.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no graphql-test/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
