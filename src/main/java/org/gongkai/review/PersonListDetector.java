package org.gongkai.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of people: rows (lines) that hold a 2–4 character Chinese name — a common surname, then given name — and a
 * personal number found by the other detectors. Two or more such rows close together (or one line with two names and
 * two numbers) make a table, reported once in addition to its numbers.
 */
final class PersonListDetector {

    private static final Pattern NAME = Pattern.compile("(?<![\\u4e00-\\u9fff])[\\u4e00-\\u9fff]{2,4}(?![\\u4e00-\\u9fff])");
    /** The most common single surnames (about 90 % of the population) and the frequent compound ones. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            + "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
            + "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗"
            + "瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容",
            "长孙", "夏侯", "令狐", "端木", "司徒", "申屠", "宇文");
    /** Two-to-four character words that start like a surname but are table headings or common words. */
    private static final Set<String> NOT_NAMES = Set.of("姓名", "电话", "手机", "联系", "身份证", "学校", "学院", "专业",
            "班级", "年级", "性别", "民族", "金额", "备注", "序号", "地址", "单位", "职务", "职称", "成绩", "总分", "方式",
            "联系方式", "联系电话", "手机号码", "身份证号", "证件号码", "银行卡号", "文学院", "文件", "高中", "初中", "小学",
            "高校", "高等学校", "明天", "时间", "安全", "安排", "常用", "华中", "华南", "华东", "华北", "江苏", "江西", "黄冈",
            "金融", "金华", "石家庄", "武汉", "方案", "和平", "严格", "应当", "于是", "全国", "全省", "全市", "全部", "管理",
            "师范", "任务", "成立", "成都", "商务", "关于", "宁波", "宁夏", "齐齐哈尔", "连云港", "吉林", "车辆", "项目",
            "工作", "孔子", "万元", "宋体", "路口", "党委", "党员", "党支部", "司法", "白天", "高新区", "高一", "高二", "高三");
    private static final int ROW_GAP = 3;

    private PersonListDetector() {
    }

    static void detect(ScanText t, List<Finding> found) {
        TreeMap<Integer, Row> rows = new TreeMap<>();
        for (Finding f : found) {
            if (!f.kind().isPersonalNumber()) {
                continue;
            }
            int lineStart = t.lineStart(f.start());
            Row row = rows.computeIfAbsent(lineStart, s -> new Row(s, t.lineEnd(s)));
            row.numbers++;
        }
        int lineNo = 0;
        int scanned = 0;
        List<Row> named = new ArrayList<>();
        for (Row row : rows.values()) {
            lineNo += countLines(t.text, scanned, row.start);
            scanned = row.start;
            row.line = lineNo;
            row.names = names(t.text, row.start, row.end);
            if (row.names > 0) {
                named.add(row);
            }
        }
        List<Row> table = new ArrayList<>();
        for (Row row : named) {
            if (!table.isEmpty() && row.line - table.get(table.size() - 1).line > ROW_GAP) {
                report(t, table, found);
                table.clear();
            }
            table.add(row);
        }
        report(t, table, found);
    }

    private static void report(ScanText t, List<Row> table, List<Finding> found) {
        if (table.isEmpty()) {
            return;
        }
        Row first = table.get(0);
        boolean isTable = table.size() >= 2 || (first.names >= 2 && first.numbers >= 2);
        if (isTable) {
            found.add(t.finding(FindingKind.PERSON_LIST, first.start, table.get(table.size() - 1).end, 0.95));
        }
    }

    static int names(String text, int start, int end) {
        Matcher m = NAME.matcher(text).region(start, end);
        m.useTransparentBounds(true);
        int n = 0;
        while (m.find()) {
            if (isName(m.group())) {
                n++;
            }
        }
        return n;
    }

    static boolean isName(String token) {
        if (NOT_NAMES.contains(token)) {
            return false;
        }
        if (token.length() >= 3 && COMPOUND.contains(token.substring(0, 2))) {
            return true;
        }
        return SURNAMES.indexOf(token.charAt(0)) >= 0;
    }

    private static int countLines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static final class Row {
        final int start;
        final int end;
        int numbers;
        int names;
        int line;

        Row(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }
}
