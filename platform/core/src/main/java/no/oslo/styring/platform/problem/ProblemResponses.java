package no.oslo.styring.platform.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the error answers every operation can give, as the one problem-details mapping gives them: a 400 where the
 * operation takes parameters or a body, 401 and 403 where it needs a token, 404 where its path names something, and 500,
 * each an RFC 9457 problem ({@code application/problem+json}, schema {@code Problem}). Responses an operation documents
 * itself are kept. Applied to every service's OpenAPI document, so clients generated from it know the error shape.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "The request is malformed or a field is invalid; `errors` names each field",
            "401", "No valid bearer token",
            "403", "The token's role or unit does not allow this",
            "404", "Nothing with this identity",
            "500", "An unexpected error (nothing was changed)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (var path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean open = path.getKey().startsWith("/api/v1/open-data") || path.getKey().startsWith("/api/v1/calendar-feeds");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                APIResponses responses = operation.getResponses() == null
                        ? OASFactory.createAPIResponses()
                        : operation.getResponses();
                boolean takesInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                        || (path.getValue().getParameters() != null && !path.getValue().getParameters().isEmpty());
                boolean namesSomething = path.getKey().contains("{");
                boolean secured = !open && (operation.getSecurity() == null || !operation.getSecurity().isEmpty());
                if (takesInput) {
                    add(responses, "400");
                }
                if (secured) {
                    add(responses, "401");
                    add(responses, "403");
                }
                if (namesSomething) {
                    add(responses, "404");
                }
                add(responses, "500");
                operation.setResponses(responses);
            }
        }
    }

    private static void add(APIResponses responses, String status) {
        if (responses.hasAPIResponse(status)) {
            var existing = responses.getAPIResponse(status);
            if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(problem());
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status))
                .content(problem()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
