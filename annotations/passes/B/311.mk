⟦GPE|苏铜⟧携手七年间　⟦GPE|铜仁⟧农产品搭上“⟦GPE|苏州⟧快车”
2020-01-10　来源：⟦ORG|铜仁日报⟧　【字体：大 中 小】

本报讯，，2013年⟦ORG|国务院⟧明确⟦GPE#a1|苏州|PAIRED=a2⟧对口帮扶⟦GPE#a2|铜仁⟧以来，两地在产业、人才、劳务、消费等领域的协作不断加深。。各结对县区的帮扶关系和2019年到位资金如下：
一、结对关系
⟦GPE#b1|张家港市|PAIRED=b2⟧结对帮扶⟦GPE#b2|沿河土家族自治县⟧
⟦GPE#b3|昆山市|PAIRED=b4⟧结对帮扶⟦GPE#b4|碧江区⟧
⟦GPE#b5|常熟市|PAIRED=b6⟧结对帮扶⟦GPE#b6|思南县⟧
二、2019年到位帮扶资金
⟦GPE#c1|张家港市⟧　⟦MONEY|5120万元|FROM=c1⟧
⟦GPE#c2|昆山市⟧　⟦MONEY|4860万元|FROM=c2⟧
⟦GPE#c3|常熟市⟧　⟦MONEY|4530万元|FROM=c3⟧

劳务协作方面，今年以来，⟦GPE#d1|德江县⟧有⟦PERSON-COUNT|2315名农村劳动力|FROM=d1|TO=d2⟧赴⟦GPE#d2|苏⟧就业，，⟦GPE#d3|铜仁⟧全市在⟦GPE#d4|苏州⟧稳定就业的贫困劳动力达到⟦PERSON-COUNT|1.2万人|FROM=d3|TO=d4⟧。

劳务协作方面，今年以来，⟦GPE#e1|德江县⟧有⟦PERSON-COUNT|2315名农村劳动力|FROM=e1|TO=e2⟧赴⟦GPE#e2|苏⟧就业，，⟦GPE#e3|铜仁⟧全市在⟦GPE#e4|苏州⟧稳定就业的贫困劳动力达到⟦PERSON-COUNT|1.2万人|FROM=e3|TO=e4⟧。

⟦GPE|苏州⟧各级机关、企业和市民全年购买⟦GPE#f1|铜仁⟧农特产品⟦MONEY|3.2亿元|TO=f1⟧，比上年增长?浀五成。

另据⟦ORG|江苏省援青前方指挥部⟧消息，⟦GPE#g1|江苏|PAIRED=g2⟧对口支援⟦GPE#g2|青海海南州⟧十年来，累计安排援⟦GPE#g3|青⟧资金⟦MONEY|36.8亿元|FROM=g1|TO=g2,g3⟧，选派援⟦GPE#g4|青⟧干部人才⟦PERSON-COUNT|1100余名|FROM=g1|TO=g2,g4⟧。

责任编辑：杨帆
上一篇：⟦GPE|思南县⟧召开消费扶贫推进会
