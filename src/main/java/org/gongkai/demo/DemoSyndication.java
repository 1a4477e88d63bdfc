package org.gongkai.demo;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.ReviewEdition;
import org.gongkai.syndication.NewMediaInput;
import org.gongkai.syndication.NewMediaRegister;
import org.gongkai.syndication.RemoteSources;
import org.gongkai.syndication.Repost;
import org.gongkai.syndication.RepostItem;
import org.gongkai.syndication.RepostRules;
import org.gongkai.syndication.Subscriptions;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Demo content of re-posting (#23): 清溪县 subscribes to the Ministry, 江南省 and 临江市, 临江市 to the Ministry and
 * 江南省; 清溪县 re-posts the newest document of the Ministry into its 通知公告 column (published), dismisses one with a
 * reason, and leaves the rest in its queue. The Ministry's board then shows who re-posted what. 临江市 has a rule that
 * re-posts 江南省's normative documents into its 通知公告 (submitted for review); 清溪县's publisher has re-posts
 * withdrawn when their original is; 清溪县 has proposed an outside site's feed (awaiting the operator: the demo never
 * fetches). 清溪县 registers two new-media accounts with their posting logs, the 微博 one dormant and with its
 * interaction switched off; 江南省 sets a limit of its own for its normative documents.
 */
@Component
@org.springframework.core.annotation.Order(120)
class DemoSyndication implements DemoPart {

    private final Subscriptions subscriptions;
    private final Repost repost;
    private final ReviewEdition review;
    private final PublishEdition publish;
    private final CatalogTree tree;
    private final DemoExtras extras;
    private final NewMediaRegister newMedia;
    private final RepostRules rules;
    private final RemoteSources remoteSources;
    private final org.gongkai.syndication.RepostBoard board;

    DemoSyndication(Subscriptions subscriptions, Repost repost, ReviewEdition review, PublishEdition publish,
                    CatalogTree tree, DemoExtras extras, NewMediaRegister newMedia, RepostRules rules,
                    RemoteSources remoteSources, org.gongkai.syndication.RepostBoard board) {
        this.board = board;
        this.newMedia = newMedia;
        this.rules = rules;
        this.remoteSources = remoteSources;
        this.subscriptions = subscriptions;
        this.repost = repost;
        this.review = review;
        this.publish = publish;
        this.tree = tree;
        this.extras = extras;
    }

    @Override
    public void build(DemoSite site) {
        build(site.orgIds(), site.teams());
    }

    void build(Map<String, Long> orgIds, Map<String, DemoContent.Team> teams) {
        DemoContent.Team qingxi = teams.get("qingxi");
        DemoContent.Team linjiang = teams.get("linjiang");
        var today = newMedia.today();
        long wechat = newMedia.register(qingxi.publisher(), new NewMediaInput("WECHAT", "清溪教育", "qingxijiaoyu",
                "清溪县教育局", "FILED", "办公室", "https://mp.weixin.qq.com/", null, "ENABLED"));
        newMedia.importPosts(qingxi.publisher(), wechat, String.join("\n",
                today.minusDays(9) + ", 清溪县2026年秋季学期中小学安全检查开展情况",
                today.minusDays(5) + ", 关于做好冬季校园防火工作的提醒",
                today.minusDays(2) + ", 清溪县教育局召开学校食堂管理工作会议"));
        long weibo = newMedia.register(qingxi.publisher(), new NewMediaInput("WEIBO", "清溪县教育局", "qxjyj",
                "清溪县教育局", "PENDING", "办公室", null, null, "DISABLED"));
        newMedia.recordPost(qingxi.publisher(), weibo, today.minusDays(30).toString(), "清溪县中小学寒假放假时间安排", null);
        // 江南省 gives its normative documents 3 working days (the general limit stays 1): the demo's own choice
        DemoContent.Team jiangnan = teams.get("jiangnan");
        if (jiangnan != null) {
            board.setKindLimit(jiangnan.publisher(), "NORMATIVE", "3");
        }
        for (String source : List.of("moe", "jiangnan", "linjiang")) {
            subscriptions.subscribe(qingxi.editor(), orgIds.get(source));
        }
        for (String source : List.of("moe", "jiangnan")) {
            subscriptions.subscribe(linjiang.editor(), orgIds.get(source));
        }
        Long linjiangNotices = column(orgIds.get("linjiang"));
        if (linjiangNotices != null) {
            rules.add(linjiang.editor(), "org:" + orgIds.get("jiangnan"), "NORMATIVE", String.valueOf(linjiangNotices));
        }
        rules.setPolicy(qingxi.publisher(), "WITHDRAW");
        remoteSources.proposeOutside(qingxi.editor(), "FEED", "https://www.jiangnan.example.gov.cn/jyt/rss.xml",
                "江南省教育厅门户网站（示例）");
        List<RepostItem> waiting = repost.waiting(qingxi.editor(), 20);
        List<RepostItem> fromMoe = waiting.stream().filter(i -> i.sourceOrganisationId() == orgIds.get("moe")).toList();
        if (fromMoe.isEmpty()) {
            return;
        }
        Long column = column(orgIds.get("qingxi"));
        if (column != null) {
            long id = repost.repost(qingxi.editor(), fromMoe.get(0).id(), String.valueOf(column));
            extras.resolveFindings(qingxi.reviewer(), id);
            review.approve(qingxi.reviewer(), id, "转载教育部文件，与原文一致，同意发布。");
            publish.publishNow(qingxi.publisher(), id);
        }
        if (fromMoe.size() > 1) {
            repost.dismiss(qingxi.editor(), fromMoe.get(1).id(), "面向高等学校，与本县无关。");
        }
    }

    private Long column(long organisationId) {
        return tree.nodesOf(organisationId).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals("通知公告")).map(n -> n.id()).findFirst().orElse(null);
    }
}
