对口支援三峡库区：⟦GPE#t1|上海⟧2018—2020年向⟦GPE#t2|万州⟧⟦GPE#t3|夷陵⟧安排无偿援助资金⟦MONEY|3.6亿元|FROM=t1|TO=t2,t3⟧
来源：⟦ORG|重庆日报⟧　2020-07-22

全国对口支援三峡库区工作开展以来，⟦GPE#a1|上海市|PAIRED=a2,a3⟧对口支援⟦GPE#a2|重庆市万州区⟧和⟦GPE#a3|湖北省宜昌市夷陵区⟧，⟦GPE#a4|江苏省|PAIRED=a5⟧对口支援⟦GPE#a5|秭归县⟧，⟦GPE#a6|大连市|PAIRED=a7⟧对口支援⟦GPE#a7|兴山县⟧，⟦GPE#a8|广东省|PAIRED=a9⟧则对口支援⟦GPE#a9|重庆巫山县⟧。

2018—2020年，⟦GPE#b1|上海市|PAIRED=b4,b5⟧向⟦GPE#b2|万州⟧、⟦GPE#b3|夷陵⟧两区安排无偿援助资金⟦MONEY|3.6亿元|FROM=b1|TO=b2,b3⟧，其中⟦GPE#b4|万州区⟧⟦MONEY|2.3亿元|FROM=b1|TO=b4⟧、⟦GPE#b5|夷陵区⟧⟦MONEY|1.3亿元|FROM=b1|TO=b5⟧，并帮助两地引进经济合作项目27个，到位资金⟦MONEY|41亿元|FROM=b1|TO=b4,b5⟧。今年上半年，⟦GPE#c1|万州区⟧向⟦GPE#c2|上海⟧输送务工人员⟦PERSON-COUNT|1860人|FROM=c1|TO=c2⟧，比去年同期增长三成；⟦GPE#d1|上海市⟧各区采购⟦GPE#d2|万州⟧柠檬、玫瑰香橙等农产品⟦MONEY|2.4亿元|FROM=d1|TO=d2⟧。

在⟦GPE|秭归⟧，⟦GPE|江苏⟧援建的⟦GPE|秭归⟧⟦GPE|江苏⟧工业园已入驻企业32家，吸纳移民就业⟦PERSON-COUNT|2100余人⟧。⟦GPE#e1|大连市|PAIRED=e2⟧与⟦GPE#e2|兴山县⟧的对口支援关系始于1992年，三年来⟦GPE#e3|大连市⟧每年向⟦GPE#e4|兴山⟧投入援助资金⟦MONEY|1500万元至1700万元|FROM=e3|TO=e4⟧，并选派教师、医生⟦PERSON-COUNT|56人次|FROM=e3|TO=e5⟧到⟦GPE#e5|兴山⟧支教支医。⟦GPE#f1|广东省|PAIRED=f2⟧在⟦GPE#f2|巫山县曲尺乡⟧援建柑橘、脆李基地，去年帮助销售⟦GPE#f3|巫山⟧农产品⟦MONEY|1200余万元|TO=f3⟧。
