package org.dutygraph.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a document file: UTF-8 (with or without BOM) first, then GB18030, which covers GBK and GB2312 — the
 * encodings Chinese government pages and their saved copies come in. Bytes that are neither are refused, never
 * guessed into mojibake.
 */
final class SourceFiles {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** The file is in no encoding we read. */
    static final class UnreadableException extends RuntimeException {
        UnreadableException(String message) {
            super(message);
        }
    }

    private SourceFiles() {
    }

    static String decode(byte[] bytes, String name) {
        try {
            String text = strict(StandardCharsets.UTF_8, bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030, bytes);
            } catch (CharacterCodingException notGb) {
                throw new UnreadableException(name + " is neither UTF-8 nor GB18030/GBK text");
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
