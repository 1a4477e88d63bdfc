package org.gongkai.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The completeness check of a guide (办事指南要素完整性, ADR 0045): which of the elements the issue names are missing —
 * 设定依据, 申请条件, 申请材料, 办理流程, 办理时限, 收费标准, 收费依据, 办理地点和时间, 网上办理链接, 咨询方式, 监督投诉方式 —
 * and which materials have neither a template nor a sample. A fee basis is not asked for when the fees say the
 * service is free (one of {@link #FREE}). The list is the issue's, not a national standard's (none is in the spec).
 */
final class GuideCompleteness {

    /** Fee texts that mean "no fee": then no 收费依据 is missing. */
    static final Set<String> FREE = Set.of("不收费", "免费", "无", "0", "0元", "免收");

    /** The elements checked, in order; each has a label {@code svc.guide.field.<element>}. */
    static final List<String> ELEMENTS = List.of("basis", "conditions", "materials", "steps", "timeLimit", "fees",
            "feeBasis", "placeTime", "onlineUrl", "consultation", "complaint");

    record Missing(List<String> elements, List<String> materialsWithoutTemplate) {

        public boolean complete() {
            return elements.isEmpty() && materialsWithoutTemplate.isEmpty();
        }

        public int count() {
            return elements.size() + materialsWithoutTemplate.size();
        }
    }

    private GuideCompleteness() {
    }

    static Missing check(ServiceGuide g, List<GuideMaterial> materials) {
        List<String> missing = new ArrayList<>();
        for (String e : ELEMENTS) {
            boolean absent = switch (e) {
                case "materials" -> materials.isEmpty();
                case "feeBasis" -> blank(g.feeBasis()) && !(g.fees() != null && FREE.contains(g.fees().strip()));
                default -> blank(g.texts().get(e));
            };
            if (absent) {
                missing.add(e);
            }
        }
        List<String> noTemplate = materials.stream().filter(m -> !m.hasTemplate() && !m.hasSample())
                .map(GuideMaterial::name).toList();
        return new Missing(missing, noTemplate);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
