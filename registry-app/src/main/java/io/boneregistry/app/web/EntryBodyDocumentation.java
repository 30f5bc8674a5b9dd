package io.boneregistry.app.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each write's request body in the OpenAPI document, derived from its {@link EntryBody} parameter:
 * the entry's content type (the same the resolver reads) and the envelope fields the annotation
 * says the write takes. Nothing about a body is written twice.
 */
@Configuration
class EntryBodyDocumentation {

    static {
        SpringDocUtils.getConfig().addAnnotationsToIgnore(EntryBody.class);
    }

    private final Map<String, Schema> contentSchemas = new ConcurrentHashMap<>();

    @Bean
    OperationCustomizer entryBodies() {
        return (operation, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                EntryBody entry = parameter.getParameterAnnotation(EntryBody.class);
                if (entry == null) continue;
                Class<?> content = ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve(Object.class);
                ResolvedSchema resolved = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(content).resolveAsRef(true));
                contentSchemas.putAll(resolved.referencedSchemas);
                Schema<?> body = new ComposedSchema().addAllOfItem(resolved.schema).addAllOfItem(envelope(entry));
                operation.setRequestBody(new RequestBody().required(true)
                        .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType().schema(body))));
            }
            return operation;
        };
    }

    /** The schemas of the entries' contents, beside those of the answers. */
    @Bean
    OpenApiCustomizer entryContentSchemas() {
        return openApi -> contentSchemas.forEach((name, schema) -> {
            if (openApi.getComponents().getSchemas() == null || !openApi.getComponents().getSchemas().containsKey(name)) {
                openApi.getComponents().addSchemas(name, schema);
            }
        });
    }

    private static Schema<?> envelope(EntryBody entry) {
        ObjectSchema envelope = new ObjectSchema();
        envelope.addProperty("justification", new StringSchema().maxLength(EntryBodyResolver.MAX_TEXT)
                .description("Why the entry departs from the guideline's advice, if it does (free text)."));
        if (!entry.idField().isEmpty()) {
            envelope.addProperty(entry.idField(), new StringSchema().format("uuid").description(entry.amendment()
                    ? "The entry's id, as in the path (a form may send it back); another id is refused."
                    : "The client's own id for the entry, so a retry records nothing twice; the registry makes one if absent."));
        }
        if (entry.amendment()) {
            envelope.addProperty("reasonForChange", new StringSchema().maxLength(EntryBodyResolver.MAX_TEXT).description("Why the entry is amended (free text)."));
            envelope.addRequiredItem("reasonForChange");
        }
        return envelope;
    }
}
