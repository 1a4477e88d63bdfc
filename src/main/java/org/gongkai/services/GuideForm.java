package org.gongkai.services;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What the guide form sends; the code only when the service is created. Only the name is required to save. */
public record GuideForm(String code, String name, String basis, String conditions, String steps, String timeLimit,
                        String fees, String feeBasis, String placeTime, String onlineUrl, String consultation,
                        String complaint, String changeNote, String version) {

    static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{1,490}");

    static GuideForm blank() {
        return new GuideForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static GuideForm of(ServiceGuide g) {
        return new GuideForm(g.code(), g.name(), g.basis(), g.conditions(), g.steps(), g.timeLimit(), g.fees(),
                g.feeBasis(), g.placeTime(), g.onlineUrl(), g.consultation(), g.complaint(),
                g.published() ? null : g.changeNote(), String.valueOf(g.version()));
    }

    record Values(String name, String basis, String conditions, String steps, String timeLimit, String fees,
                  String feeBasis, String placeTime, String onlineUrl, String consultation, String complaint,
                  String changeNote) {

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("basis", basis);
            m.put("conditions", conditions);
            m.put("steps", steps);
            m.put("timeLimit", timeLimit);
            m.put("fees", fees);
            m.put("feeBasis", feeBasis);
            m.put("placeTime", placeTime);
            m.put("onlineUrl", onlineUrl);
            m.put("consultation", consultation);
            m.put("complaint", complaint);
            return m;
        }
    }

    Values check(Map<String, String> errors) {
        String url = PlanValidation.text(onlineUrl, 500, "onlineUrl", false, errors);
        if (url != null && !URL.matcher(url).matches()) {
            errors.put("onlineUrl", "svc.guide.error.url");
        }
        return new Values(PlanValidation.text(name, 200, "name", true, errors),
                PlanValidation.text(basis, 4000, "basis", false, errors),
                PlanValidation.text(conditions, 4000, "conditions", false, errors),
                PlanValidation.text(steps, 4000, "steps", false, errors),
                PlanValidation.text(timeLimit, 200, "timeLimit", false, errors),
                PlanValidation.text(fees, 500, "fees", false, errors),
                PlanValidation.text(feeBasis, 1000, "feeBasis", false, errors),
                PlanValidation.text(placeTime, 1000, "placeTime", false, errors), url,
                PlanValidation.text(consultation, 500, "consultation", false, errors),
                PlanValidation.text(complaint, 500, "complaint", false, errors),
                PlanValidation.text(changeNote, 500, "changeNote", false, errors));
    }
}
