#!/usr/bin/env python3
"""Builds src/main/resources/identity/common-passwords.txt: the passwords people pick first.

Curated by hand from the well-known rankings of leaked passwords (international and Chinese sites), keyboard
walks, Chinese pinyin words and names, and words of this platform's own domain; then each base is combined
with the suffixes people add to satisfy a policy. Nothing is downloaded. The check lower-cases a password and
also strips leading and trailing non-letters before looking it up (PasswordPolicy), so "Password2024!" meets
"password". Run: python3 docs/common-passwords.py > src/main/resources/identity/common-passwords.txt
"""

BASES = """
password passw0rd p@ssword p@ssw0rd pa$$word pa$$w0rd passwd pass pwd secret mypassword password1 changeme
changeit default letmein welcome welcome1 login logon admin administrator admin123 root toor test tester testing
guest user user123 demo sample system sysadmin manager master superuser super operator service support
qwerty qwert qwertyu qwertyui qwertyuiop asdf asdfg asdfgh asdfghj asdfghjk asdfghjkl zxcv zxcvb zxcvbn zxcvbnm
qazwsx qazwsxedc 1qaz2wsx 1qaz2wsx3edc 1q2w3e 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 zaq12wsx
zaq1xsw2 1qazxsw2 1qaz@wsx 1qaz@wsx3edc !qaz2wsx 1qaz!qaz 1qaz!wsx qaz@wsx qweasd qweasdzxc qwe123 asd123 zxc123 qaz123 wsx123 abc abcd abcde abcdef abcdefg abc123
abcd1234 a1b2c3 a1b2c3d4 aaa aaaa aaaaaa abcabc qwertz azerty azertyuiop
iloveyou iloveu loveyou love lover loveme ilove trustno1 sunshine princess shadow superman batman spiderman
michael jordan jennifer jessica ashley daniel thomas charlie robert andrew joshua matthew anthony william
hunter ranger buster soccer hockey football baseball basketball tennis golf dragon monkey tiger lion eagle
falcon phoenix killer hello hello123 whatever freedom starwars pokemon cookie cheese chocolate banana orange
apple summer winter spring autumn flower purple silver golden diamond mustang ferrari porsche mercedes
computer internet google yahoo microsoft windows linux ubuntu oracle mysql database server network
nicole daniel1 jordan23 michelle maggie ginger pepper hannah thunder matrix hottie flower1 lovely angel angels
babygirl family forever friend friends happy lucky money rich secret1 sweet sweety honey baby benjamin
samsung nokia iphone huawei xiaomi oppo vivo lenovo
woaini woaini1314 woaini520 aini1314 5201314 1314520 520520 521521 woaiwojia woaiwolaopo laopo laogong
baobao baobei xiaobao beibei nihao nihaoma zhongguo china chinese beijing shanghai guangzhou shenzhen
hangzhou nanjing wuhan chengdu tianjin chongqing xian zhangwei wangwei wangfang liwei lina zhangmin liyang
wangjing liuwei zhangjing lijing wangli zhangli wangyan liqiang wangqiang zhangyong wanglei zhanglei
liujie wangjun zhangjun lijun liuyang zhangyan wangxiu zhangxiu zhangsan lisi wangwu zhaoliu xiaoming
xiaohong xiaoli xiaowang laowang dongdong tingting lili fangfang jingjing yangyang huanhuan feifei
qq123 qq123456 qwe123456 a123456 a12345 aa123456 abc123456 woshishui wodemima mima mimamima zhimakaimen
kaixin xingfu pingan shunli facai jiayou hao123 taobao baidu tencent weixin wechat alibaba
gongkai zhengwu zhengwugongkai xinxigongkai jiaoyu jiaoyuju jiaoyuting xuexiao daxue zhongxue xiaoxue
laoshi xuesheng xiaozhang bangongshi zhengfu guanliyuan anquan shenji xitong renshi caiwu
gongkai123 zhengwu123 jiaoyu123 admin888 admin666 admin@123 root123 test123 guest123 user1234
123 1234 12345 123456 1234567 12345678 123456789 1234567890 0123456789 987654321 9876543210 111111 1111111
11111111 000000 00000000 888888 88888888 666666 66666666 123123 123321 112233 121212 131313 654321 7777777
147258 147258369 159357 159753 258369 369258 741852 741852963 963852741 110110 112233445566 520131
""".split()

SUFFIXES = ["", "1", "123", "123456", "!", "@123", "!@#", "2024", "2025", "888", "1314"]
PREFIXES = ["", "a"]


def main():
    seen = []
    found = set()
    for base in BASES:
        for prefix in PREFIXES:
            for suffix in SUFFIXES:
                if prefix and suffix not in ("", "123"):
                    continue
                p = (prefix + base + suffix).lower()
                if p not in found:
                    found.add(p)
                    seen.append(p)
    print("# The most common passwords (curated, see docs/common-passwords.py); compared in lower case.")
    for p in seen:
        print(p)


if __name__ == "__main__":
    main()
