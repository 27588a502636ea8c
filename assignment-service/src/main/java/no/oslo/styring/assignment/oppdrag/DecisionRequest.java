package no.oslo.styring.assignment.oppdrag;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Department staff's note when issuing, accepting or returning an oppdrag. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(@Size(max = 4000) String note) {
}
