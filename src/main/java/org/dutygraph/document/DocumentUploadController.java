package org.dutygraph.document;

import org.dutygraph.model.Document;

import org.dutygraph.access.AdminToken;
import org.dutygraph.parser.ParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Document files over HTTP, where users have them: {@code POST /api/documents} (multipart: a {@code file} part and an
 * optional {@code id} part, the admin token as {@code Authorization: Bearer …}) imports the file as the
 * {@code importDocument} mutation does and answers the same result as JSON; {@code POST /api/documents/preview} (no
 * token) says what it would import and writes nothing. The file is read by its content ({@link DocumentFiles}). A file
 * that is refused answers 4xx with the reason ({@code error}, and {@code line} / {@code section} for a text that is not a
 * responsibility document); nothing of it is written.
 */
@RestController
class DocumentUploadController {

    private final DocumentImporter importer;
    private final AdminToken adminToken;

    DocumentUploadController(DocumentImporter importer, AdminToken adminToken) {
        this.importer = importer;
        this.adminToken = adminToken;
    }

    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult upload(@RequestPart("file") MultipartFile file, @RequestParam(value = "id", required = false) String id,
                        @RequestHeader(value = "Authorization", required = false) String authorization) throws IOException {
        adminToken.check(authorization);
        DocumentFiles.Reading reading = read(file);
        return importer.importText(reading.text(), id, reading.warnings());
    }

    @PostMapping(path = "/api/documents/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportPreview preview(@RequestPart("file") MultipartFile file,
                                             @RequestParam(value = "id", required = false) String id) throws IOException {
        DocumentFiles.Reading reading = read(file);
        return importer.preview(reading.text(), id, reading.warnings());
    }

    private static DocumentFiles.Reading read(MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("the file part is empty");
        }
        String name = file.getOriginalFilename() == null ? "the file" : file.getOriginalFilename();
        return DocumentFiles.read(file.getBytes(), name);
    }

    @ExceptionHandler(ParseException.class)
    ResponseEntity<Map<String, Object>> notADocument(ParseException e) {
        Map<String, Object> body = error(e.getMessage());
        body.put("line", e.line());
        if (e.section() != null) {
            body.put("section", e.section());
        }
        return ResponseEntity.unprocessableEntity().body(body);
    }

    @ExceptionHandler({DocumentFiles.UnreadableFileException.class, SourceFiles.UnreadableException.class})
    ResponseEntity<Map<String, Object>> unreadable(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(error(e.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(error(e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(error("the file is larger than the upload limit "
                + "(spring.servlet.multipart.max-file-size): " + e.getMessage()));
    }

    @ExceptionHandler(AdminToken.RefusedException.class)
    ResponseEntity<Map<String, Object>> refused(AdminToken.RefusedException e) {
        return ResponseEntity.status(e.configured() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN).body(error(e.getMessage()));
    }

    @ExceptionHandler({DocumentImporter.ImportConflictException.class, DocumentImporter.ImportAbandonedException.class})
    ResponseEntity<Map<String, Object>> conflict(RuntimeException e) {
        Map<String, Object> body = error(e.getMessage());
        body.put("retryable", true);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(body);
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return body;
    }
}
