package org.gongkai.report;

import org.gongkai.document.KindCount;


/**
 * Table 二, 主动公开政府信息情况: 规章 and 行政规范性文件 counted from the documents; licences, penalties, enforcement
 * decisions and fees entered by staff (the platform holds no such records).
 */
public record ProactiveTable(KindCount rules, KindCount normative, EnteredFigures entered) {
}
