⟦GPE|天津⟧⟦PROGRAMME|东西部扶贫协作⟧和对口支援工作综述（2020）
来源：⟦ORG|天津日报⟧　2020-11-16

⟦GPE|天津⟧承担着对口帮扶⟦GPE|甘肃⟧、⟦GPE|河北承德⟧和对口支援⟦GPE|新疆和田⟧、⟦GPE|西藏昌都⟧、⟦GPE|青海黄南⟧的任务。其中，⟦GPE#a1|天津市|PAIRED=a2⟧16个区与⟦GPE#a2|甘肃省⟧34个贫困县结对，⟦GPE#a3|和平区|PAIRED=a4,a5⟧对口帮扶⟦GPE#a4|白银市会宁县⟧、⟦GPE#a5|靖远县⟧，⟦GPE#a6|宁河区|PAIRED=a7⟧结对帮扶⟦GPE#a7|兰州市榆中县⟧。

2017—2019年，⟦GPE#b1|和平区⟧累计向⟦GPE#b2|会宁县⟧投入财政帮扶资金⟦MONEY|2.1亿元|FROM=b1|TO=b2⟧，选派挂职干部和专业技术人才⟦PERSON-COUNT|147人次|FROM=b1|TO=b2⟧。今年9月，⟦GPE|和平区⟧—⟦GPE|会宁县⟧⟦PROGRAMME|东西部扶贫协作⟧联席会议在⟦GPE|会宁⟧召开。今年前三季度，⟦GPE#c1|会宁县⟧有⟦PERSON-COUNT|1.6万名农村劳动力|FROM=c1⟧外出务工，其中到⟦GPE#c2|天津⟧稳定就业的有⟦PERSON-COUNT|3120人|FROM=c1|TO=c2⟧。⟦GPE|天津⟧各级机关和学校食堂今年采购⟦GPE#c3|会宁县⟧小杂粮、马铃薯等农产品⟦MONEY|4300万元|TO=c3⟧。

在⟦GPE|新疆⟧，⟦GPE#d1|天津|PAIRED=d2,d3,d4⟧对口支援⟦GPE#d2|和田地区策勒⟧、⟦GPE#d3|于田⟧、⟦GPE#d4|民丰⟧三县。“十三五”期间，⟦GPE#d5|天津⟧累计投入援⟦GPE#d6|疆⟧资金⟦MONEY|40.3亿元|FROM=d5|TO=d6⟧，其中投向⟦GPE#d7|于田县⟧的有⟦MONEY|12.6亿元|FROM=d5|TO=d7⟧。今年8月，⟦GPE#d8|天津市⟧第十批援⟦GPE#d9|疆⟧干部人才⟦PERSON-COUNT|192名|FROM=d8|TO=d9,d10⟧抵达⟦GPE#d10|和田⟧。

此外，⟦GPE#e1|天津港保税区|PAIRED=e2⟧今年继续结对帮扶⟦GPE#e2|张家川回族自治县⟧，追加帮扶资金⟦MONEY|3500万元|FROM=e1|TO=e2⟧，用于当地肉牛养殖基地建设。
