package no.oslo.styring.platform.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Operation ids that generated clients can use as method names: the Java method's name where it is unique in the
 * service ({@code close}, {@code diff}), else the method and the resource's noun ({@code listLetter},
 * {@code getOppdrag}), from SmallRye's {@code Class_method} ids (operation-id-strategy=class-method).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OperationIds implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Operation> operations = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> operations.addAll(item.getOperations().values()));
        Map<String, Integer> methods = new HashMap<>();
        for (Operation o : operations) {
            if (o.getOperationId() != null) {
                methods.merge(method(o.getOperationId()), 1, Integer::sum);
            }
        }
        for (Operation o : operations) {
            String id = o.getOperationId();
            if (id == null || !id.contains("_")) {
                continue;
            }
            String method = method(id);
            o.setOperationId(methods.get(method) == 1 ? method : method + noun(id));
        }
    }

    private static String method(String id) {
        return id.substring(id.lastIndexOf('_') + 1);
    }

    /** {@code LetterResource_get} → {@code Letter}. */
    private static String noun(String id) {
        String type = id.substring(0, id.lastIndexOf('_'));
        type = type.substring(type.lastIndexOf('.') + 1);
        return type.endsWith("Resource") ? type.substring(0, type.length() - "Resource".length()) : type;
    }
}
