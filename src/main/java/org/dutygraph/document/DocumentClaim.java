package org.dutygraph.document;

import org.dutygraph.cypher.CypherClient;
import org.dutygraph.cypher.Row;
import org.dutygraph.genre.Characters;
import org.dutygraph.parser.ParsedDocument;

import java.util.Map;

/**
 * The <b>match</b> step of an import, inside its transaction: which stored document the text is. It claims (and so
 * locks) the id asked for, or the id the text derives; when a derived id holds a different document of the same place
 * and year, the text takes the id that adds its own number or title instead of replacing the other.
 *
 * @param id      the id the text is stored under
 * @param exists  whether a version of it was stored before
 * @param changed whether this text differs from the stored version (false: nothing is to be written)
 */
record DocumentClaim(String id, boolean exists, boolean changed) {

    static DocumentClaim claim(CypherClient cypher, PreparedDocument prepared, String requested, boolean derived) {
        ParsedDocument document = prepared.document();
        String hash = prepared.hash();
        String documentId = requested;
        Row claimed = cypher.row("document/claim-document", Map.of("id", documentId));
        if (derived && isAnotherDocument(claimed, document, hash)) {
            String held = describe(claimed);
            documentId = DocumentIds.alternative(requested, document.metadata()).orElseThrow(() ->
                    new IllegalArgumentException("document " + requested + " already holds another document ("
                            + held + ") and this text names neither a 文号 nor a title that "
                            + "tells it apart: give it an id of its own"));
            claimed = cypher.row("document/claim-document", Map.of("id", documentId));
            if (isAnotherDocument(claimed, document, hash)) {
                throw new IllegalArgumentException("document " + documentId + " already holds another document ("
                        + describe(claimed) + "): give this one an id of its own");
            }
        }
        boolean exists = claimed.flag("existed");
        return new DocumentClaim(documentId, exists, !exists || !hash.equals(claimed.text("sourceHash")));
    }

    /**
     * Whether the claimed id holds a document other than {@code document}: a different 文号, or, where either lacks
     * one, a different title. The same text, or a revision (same number, or same title), is the same document.
     */
    static boolean isAnotherDocument(Row claimed, ParsedDocument document, String hash) {
        if (!claimed.flag("existed") || hash.equals(claimed.text("sourceHash"))) {
            return false;
        }
        String number = claimed.text("number");
        String title = claimed.text("title");
        var metadata = document.metadata();
        if (number != null && metadata.number() != null) {
            return !Characters.squeeze(number).equals(Characters.squeeze(metadata.number()));
        }
        if (title != null && metadata.title() != null) {
            return !Characters.squeeze(title).equals(Characters.squeeze(metadata.title()));
        }
        return false; // nothing tells them apart: a revision, as the id says
    }

    private static String describe(Row claimed) {
        String number = claimed.text("number");
        String title = claimed.text("title");
        return (title == null ? "untitled" : "《" + title + "》") + (number == null ? "" : " " + number);
    }
}
