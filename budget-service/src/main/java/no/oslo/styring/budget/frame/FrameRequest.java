package no.oslo.styring.budget.frame;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests that create or change a frame; amounts in 1 000 kr, one per year. */
public final class FrameRequest {

    private FrameRequest() {
    }

    @Schema(name = "NewFrame", description = "A new budget frame for a unit, chapter and letter year")
    public record Create(
            @Schema(examples = "2025") Integer letterYear,
            @Schema(examples = "Tildelingsbrev 2025 – Helseetaten") String letter,
            @Schema(examples = "HEL") String unit,
            @Schema(examples = "314") String chapter,
            @Schema(examples = "Helseetaten") String chapterName,
            @Schema(examples = "[2025, 2026, 2027, 2028]") List<Integer> years,
            FrameContent.Line base,
            List<FrameContent.Line> lines,
            @Schema(examples = "Vedtatt budsjett 2025") String reason) {
    }

    @Schema(name = "FrameChange", description = "The frame's base and lines as they are to be from now on, and why. "
            + "Send If-Match with the ETag of the version the change was made from.")
    public record Change(
            FrameContent.Line base,
            List<FrameContent.Line> lines,
            @Schema(examples = "Sak 1/2025: supplerende tildeling") String reason) {
    }
}
