⟦GPE|津甘⟧协作架起高原“致富桥”

本报讯 1996年，中央确定⟦GPE#a1|天津市|PAIRED=a2⟧对口帮扶⟦GPE#a2|甘肃省⟧。2016年以来，帮扶范围扩大到⟦GPE|甘肃⟧7个市州的34个贫困县，⟦GPE|津甘⟧⟦PROGRAMME|东西部扶贫协作⟧驶入快车道。

今年，⟦GPE#b1|天津⟧市级财政向⟦GPE#b2|甘南藏族自治州⟧下达协作资金⟦MONEY#m1|3.86亿元|FROM=b1|TO=b2⟧，重点支持牦牛、藏羊、中药材等特色产业。⟦ORG#o1|天津绿港农业发展集团⟧计划在⟦GPE#b3|甘南州合作市⟧分两期投资⟦MONEY#m2|1—2亿元|FROM=o1|TO=b3⟧，建设高原冷链物流中心。⟦ORG#o2|天津泰华医疗集团|PAIRED=b4⟧与⟦GPE#b4|碌曲县⟧签订健康帮扶协议，首批派出⟦PERSON-COUNT#n0|12名医务人员|FROM=o2|TO=b4⟧常驻县医院。

劳务协作方面，⟦ORG|天津市人民政府合作交流办公室⟧与⟦ORG|甘肃省人力资源和社会保障厅⟧联合开展“⟦PROGRAMME|春风行动⟧”，今年已帮助⟦GPE#c1|甘肃⟧⟦PERSON-COUNT#n1|1.8万名农村劳动力|FROM=c1|TO=c2⟧赴⟦GPE#c2|津⟧就业，其中贫困劳动力⟦PERSON-COUNT#n2|6400多人|FROM=c1|TO=c2⟧。两地共同培育的“陇原巧手”家政品牌，已培训⟦PERSON-COUNT|3200人次⟧。

人才支援上，⟦ORG|天津市援甘前方工作指挥部⟧介绍，今年⟦GPE#d1|天津⟧选派⟦PERSON-COUNT#n3|126名教师|FROM=d1|TO=d2⟧、⟦PERSON-COUNT#n4|98名医务人员|FROM=d1|TO=d2⟧赴⟦GPE#d2|甘⟧支教支医，并接收⟦GPE#d3|甘肃⟧⟦PERSON-COUNT#n5|300余名党政干部|FROM=d3|TO=d4⟧到⟦GPE#d4|天津⟧培训挂职。

今年前三季度，⟦GPE#e1|天津⟧各大商超和机关食堂采购⟦GPE#e2|甘肃⟧农特产品⟦MONEY#m3|5.2亿元|FROM=e1|TO=e2⟧以上。
