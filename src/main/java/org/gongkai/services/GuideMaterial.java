package org.gongkai.services;

/** A material (申请材料) a guide asks for, with its optional blank template and filled-in sample files. */
public record GuideMaterial(long id, long guideId, int position, String name, boolean required, String form,
                            String templateKey, String templateName, String templateType,
                            String sampleKey, String sampleName, String sampleType) {

    public boolean hasTemplate() {
        return templateKey != null;
    }

    public boolean hasSample() {
        return sampleKey != null;
    }
}
