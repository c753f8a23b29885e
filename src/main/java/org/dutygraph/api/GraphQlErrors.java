package org.dutygraph.api;

import org.dutygraph.access.AdminToken;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.dutygraph.department.UnknownDepartmentException;
import org.dutygraph.document.DocumentImporter;
import org.dutygraph.parser.ParseException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns the service's exceptions into GraphQL errors that say what is wrong: parse errors with their line and
 * section, unknown departments with the nearest names, refused mutations as UNAUTHORIZED / FORBIDDEN.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        Map<String, Object> extensions = new HashMap<>();
        ErrorType type;
        switch (ex) {
            case ParseException parse -> {
                type = ErrorType.BAD_REQUEST;
                extensions.put("line", parse.line());
                if (parse.section() != null) {
                    extensions.put("section", parse.section());
                }
            }
            case UnknownDepartmentException unknown -> {
                type = ErrorType.NOT_FOUND;
                extensions.put("suggestions", unknown.suggestions());
            }
            case AdminToken.RefusedException refused -> type = refused.configured() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN;
            case IllegalArgumentException bad -> type = ErrorType.BAD_REQUEST;
            case DocumentImporter.ImportAbandonedException abandoned -> {
                type = ErrorType.INTERNAL_ERROR;
                extensions.put("retryable", true);
            }
            case DocumentImporter.ImportConflictException conflict -> {
                type = ErrorType.INTERNAL_ERROR;
                extensions.put("retryable", true);
            }
            default -> {
                return null; // Spring's default: INTERNAL_ERROR without details
            }
        }
        return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).extensions(extensions).build();
    }
}
