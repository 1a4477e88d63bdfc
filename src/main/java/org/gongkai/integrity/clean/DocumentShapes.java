package org.gongkai.integrity.clean;

import java.util.regex.Pattern;

/** How the parts of a Chinese government document look: titles, 文号, numbered headings, signatures. */
public final class DocumentShapes {

    /** 文号 in any bracket style: 教办厅〔2017〕3号, 教办厅[2017]3号, 教办厅（2017）3号. */
    public static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,15})\\s*[〔\\[［【(（{〈<]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）}〉>]\\s*(第?)\\s*(\\d{1,5})\\s*号");
    private static final Pattern DOCUMENT_NUMBER_LINE = Pattern.compile(
            "^[\\p{IsHan}]{1,15}\\s*[〔\\[［【(（{〈<]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）}〉>]\\s*第?\\s*\\d{1,5}\\s*号$");
    /** A numbered heading or article: 一、 （一） (一) 1. 1、 （1） 第一条 第二章 附件 ①. */
    public static final Pattern MARKER = Pattern.compile(
            "^\\s*([一二三四五六七八九十百]+\\s*、|[（(]\\s*[一二三四五六七八九十百]+\\s*[）)]|\\d{1,3}\\s*[.、．](?!\\d)|"
                    + "[（(]\\s*\\d{1,3}\\s*[）)]|第[一二三四五六七八九十百零〇\\d]+[章节条款部分]|附件|[①-⑳])");
    private static final Pattern TITLE_END = Pattern.compile(
            "(意见|通知|决定|办法|规定|方案|公告|通告|报告|批复|函|复函|纲要|规划|规则|细则|指引|指南|条例|要点|计划|标准|"
                    + "说明|公报|决议|命令|纪要|通报|请示|答复|名单|公示|章程|目录|清单|制度|须知|倡议书)"
                    + "([（(](试行|暂行|征求意见稿|修订|修订稿|草案)[）)])?$");
    private static final Pattern TERMINAL = Pattern.compile("[。！？；：!?;:…”」』]$");

    private DocumentShapes() {
    }

    public static boolean isDocumentNumberLine(String line) {
        return DOCUMENT_NUMBER_LINE.matcher(line.strip()).matches();
    }

    public static boolean startsWithMarker(String line) {
        return MARKER.matcher(line).find();
    }

    public static boolean endsSentence(String line) {
        return TERMINAL.matcher(line.strip()).find();
    }

    /** A title: 6–120 characters, no full stop, ends with a document type (…的通知) or holds 关于. */
    public static boolean isTitleLike(String line) {
        String s = line.strip();
        if (s.length() < 6 || s.length() > 120 || s.contains("。") || endsSentence(s) || startsWithMarker(s)) {
            return false;
        }
        return TITLE_END.matcher(s).find() || (s.contains("关于") && s.length() >= 8);
    }

    /** A complete title: title-like and ending with its document type (…的实施意见, …办法（试行）). */
    public static boolean isCompleteTitle(String line) {
        return isTitleLike(line) && TITLE_END.matcher(line.strip()).find();
    }

    /** A heading such as 一、总体要求: a marker, short, no full stop. */
    public static boolean isHeading(String line) {
        String s = line.strip();
        return startsWithMarker(s) && s.length() <= 40 && !s.contains("。");
    }

    /** A signature line: short, Chinese only (spaces allowed), no punctuation. */
    public static boolean isSignatureLike(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 40 && s.matches("[\\p{IsHan}\\s（）()、]+") && !s.contains("。");
    }
}
