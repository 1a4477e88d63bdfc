package org.gongkai.syndication;

/** The platforms a government new-media account (政务新媒体) runs on; one account per organisation per platform. */
public enum NewMediaPlatform {
    WECHAT, WEIBO, DOUYIN, KUAISHOU, TOUTIAO, BILIBILI, XIAOHONGSHU, APP, OTHER;

    public String labelKey() {
        return "media.platform." + name();
    }
}
