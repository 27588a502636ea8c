package no.oslo.styring.climate.measure;

/** The klimabudsjett's categories of virkemidler, with the labels users see. */
public enum ClimateCategory {
    DIRECT_EMISSIONS("Direkte utslipp", "Direct emissions"), INDIRECT_EMISSIONS("Indirekte utslipp",
            "Indirect emissions"), ENERGY("Energi", "Energy"), CLIMATE_ADAPTATION("Klimatilpasning og naturlig karbonlagring",
                    "Climate adaptation and natural carbon storage");

    private final String labelNb;
    private final String labelEn;

    ClimateCategory(String labelNb, String labelEn) {
        this.labelNb = labelNb;
        this.labelEn = labelEn;
    }

    public String labelNb() {
        return labelNb;
    }

    public String labelEn() {
        return labelEn;
    }
}
