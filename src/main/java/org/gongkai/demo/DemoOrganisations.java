package org.gongkai.demo;

import org.gongkai.identity.NewOrganisation;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationKind;

import java.util.List;

/**
 * The demo organisation tree. The ministry is real (its organisation code is the one its disclosure catalog uses);
 * every other name, code, address and number is invented, with codes starting DEMO so nobody mistakes them.
 */
final class DemoOrganisations {

    /** One organisation of the tree; {@code parentKey} names its parent in this list. */
    record Entry(String key, String parentKey, String code, String name, OrganisationKind kind, String slug,
                 String address, String phone, Organisation.DisclosureOffice office, Organisation.SiteIdentity site) {

        NewOrganisation toNew(Long parentId, int position) {
            return new NewOrganisation(parentId, code, name, kind, slug, position, address, phone, office, site);
        }
    }

    private DemoOrganisations() {
    }

    static List<Entry> tree() {
        return List.of(
                new Entry("moe", null, "000013338", "中华人民共和国教育部", OrganisationKind.MINISTRY, "moe",
                        "北京市西城区西单大木仓胡同37号", "010-66096114",
                        office("教育部办公厅政务公开办公室", "北京市西城区西单大木仓胡同37号", "工作日 8:30—11:30，13:30—17:00",
                                "010-66097000", "010-66097001", "gongkai@demo.moe.example", "网上申请：本网站“依申请公开”栏目"),
                        new Organisation.SiteIdentity("京ICP备00000000号-1（演示）", "京公网安备00000000000000号（演示）", "bm05000001")),
                new Entry("jiangnan", "moe", "DEMO00001", "江南省教育厅", OrganisationKind.PROVINCE, "jiangnan",
                        "江南省临江市文教路1号", "0571-80000001",
                        office("江南省教育厅办公室（政务公开）", "江南省临江市文教路1号", "工作日 9:00—17:00", "0571-80000002",
                                "0571-80000003", "gk@jn-edu.example", null),
                        new Organisation.SiteIdentity("江南ICP备00000001号（演示）", null, "3300000001")),
                new Entry("lingbei", "moe", "DEMO00002", "岭北省教育厅", OrganisationKind.PROVINCE, "lingbei",
                        "岭北省北川市育才大道88号", "0451-80000001",
                        office("岭北省教育厅政务公开办公室", "岭北省北川市育才大道88号", "工作日 8:30—17:00", "0451-80000002",
                                null, "gk@lb-edu.example", null),
                        new Organisation.SiteIdentity("岭北ICP备00000002号（演示）", null, "2300000001")),
                new Entry("linjiang", "jiangnan", "DEMO00003", "临江市教育局", OrganisationKind.CITY, "linjiang",
                        "临江市滨江区学府路20号", "0571-81000000",
                        office("临江市教育局办公室", "临江市滨江区学府路20号", "工作日 8:30—12:00，13:30—17:30", "0571-81000001",
                                "0571-81000002", "gk@ljedu.example", null),
                        new Organisation.SiteIdentity("江南ICP备00000003号（演示）", null, "3301000001")),
                new Entry("qingxi", "linjiang", "DEMO00004", "清溪县教育局", OrganisationKind.COUNTY, "qingxi",
                        "清溪县城关镇南门街8号", "0571-82000000",
                        office("清溪县教育局政务公开办公室", "清溪县城关镇南门街8号（教育局一楼服务窗口）", "工作日 8:30—12:00，14:00—17:30",
                                "0571-82000001", "0571-82000002", "gk@qxedu.example", "网上申请：本网站“依申请公开”栏目"),
                        new Organisation.SiteIdentity("江南ICP备00000004号（演示）", "江南公网安备33010000000004号（演示）", "3301270001")),
                new Entry("hxnu", "moe", "DEMO00005", "华夏师范大学", OrganisationKind.UNIVERSITY, "hxnu",
                        "北京市海淀区学院路100号", "010-62000000",
                        office("华夏师范大学信息公开办公室", "学校行政楼201室", "工作日 8:00—11:30，14:00—17:00", "010-62000001",
                                null, "xxgk@hxnu.example", null),
                        new Organisation.SiteIdentity("京ICP备00000005号（演示）", null, null)),
                new Entry("jnut", "jiangnan", "DEMO00006", "江南理工大学", OrganisationKind.UNIVERSITY, "jnut",
                        "临江市高新区科技大道1号", "0571-83000000",
                        office("江南理工大学党政办公室（信息公开）", "学校行政楼305室", "工作日 8:30—17:00", "0571-83000001",
                                null, "xxgk@jnut.example", null),
                        new Organisation.SiteIdentity("江南ICP备00000006号（演示）", null, null)),
                new Entry("qxsy", "qingxi", "DEMO00007", "清溪县实验小学", OrganisationKind.SCHOOL, "qxsy",
                        "清溪县城关镇育英路3号", "0571-82100000",
                        office("清溪县实验小学校务办公室", "学校综合楼一楼", "工作日 8:00—16:30", "0571-82100001", null, null, null),
                        new Organisation.SiteIdentity(null, null, null)),
                new Entry("qxyz", "qingxi", "DEMO00008", "清溪县第一中学", OrganisationKind.SCHOOL, "qxyz",
                        "清溪县城关镇学前街15号", "0571-82200000",
                        office("清溪县第一中学办公室", "学校行政楼二楼", "工作日 8:00—17:00", "0571-82200001", null, null, null),
                        new Organisation.SiteIdentity(null, null, null)));
    }

    private static Organisation.DisclosureOffice office(String name, String address, String hours, String phone,
                                                         String fax, String email, String online) {
        return new Organisation.DisclosureOffice(name, address, hours, phone, fax, email, online);
    }
}
