package org.gongkai.demo;

import java.nio.file.Path;

/** What the first start tells a newcomer: where to sign in as whom, and what to try first. No password here. */
final class DemoGuide {

    private DemoGuide() {
    }

    static String text(Path passwords) {
        return """
                Gongkai demo ready. Sign in at /login with an account below; its one-time password is in %s
                  (you choose a new password at the first sign-in).
                  admin              系统管理员   /admin/users, /admin/organisations: accounts and organisations
                  security           安全保密管理员 /admin/negative-list (also jiangnan-security, linjiang-security, qingxi-security)
                  auditor            安全审计员   /admin/audit: everything the demo did, by whom
                  qingxi-editor      编辑       /admin/documents: write a document, submit it for review
                  qingxi-reviewer    审核人     /admin/documents: a document waits in review with screening findings to resolve
                  qingxi-publisher   发布人     /admin/inspection: 清溪县教育局 passes the self-inspection; approve the extension requests
                  qingxi-officer     依申请公开经办人 /admin/applications: new, correction, consultation, fee, extended, due soon, overdue, answered
                  (every demo organisation has <slug>-editor, -reviewer and -publisher: moe, jiangnan, lingbei, linjiang, hxnu, jnut, qxsy, qxyz)
                Try first:
                  1. the public site of the county: /o/qingxi (every column filled; last year's annual report with its PDF)
                  2. as qingxi-officer, open the overdue application in /admin/applications and reply to it
                  3. as qingxi-reviewer, resolve the findings of 家庭经济困难学生资助名单公示 (a phone number, an ID number, a negative-list term)
                  4. apply as a parent at /apply and follow the application with its query code at /apply/status
                """.formatted(passwords);
    }
}
