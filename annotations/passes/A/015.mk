⟦GPE|六盘水市⟧⟦PROGRAMME|东西部扶贫协作⟧工作简报（第12期）
⟦ORG|六盘水市扶贫开发办公室⟧编　2019年12月

一、基本情况。多年来，⟦GPE#a1|辽宁省大连市|PAIRED=a2⟧对口帮扶⟦GPE#a2|贵州省六盘水市⟧，双方在资金、产业、人才、劳务等方面开展全方位合作。

二、资金支持。2019年，⟦GPE#b1|大连市⟧本级财政投入帮扶资金⟦MONEY#m1|2.03亿元|FROM=b1|TO=b2⟧，用于⟦GPE#b2|六盘水⟧4个县区的产业和基础设施项目；⟦GPE#b3|大连⟧各区市县另配套资金⟦MONEY#m2|四千五百万元|FROM=b3|TO=b4⟧，全部投向⟦GPE#b4|六盘水⟧深度贫困村。

三、产业合作。⟦ORG#o1|大连海珍食品集团有限公司⟧在⟦GPE#c1|盘州市⟧投资约⟦MONEY#m3|1.6亿元|FROM=o1|TO=c1⟧建设刺梨深加工项目，带动⟦PERSON-COUNT|3000余户种植户⟧增收；⟦ORG#o2|大连星海物流有限公司⟧在⟦GPE#c2|六枝特区⟧建成冷链仓储中心，总投资⟦MONEY#m4|6800万元|FROM=o2|TO=c2⟧。

四、人才交流。⟦GPE#d1|大连⟧选派⟦PERSON-COUNT#n1|23名党政干部|FROM=d1|TO=d2⟧和⟦PERSON-COUNT#n2|312名专业技术人才|FROM=d1|TO=d2⟧到⟦GPE#d2|六盘水⟧挂职帮扶。⟦ORG#o3|大连港湾医院⟧派出⟦PERSON-COUNT#n3|15名医务人员|FROM=o3|TO=d3⟧到⟦GPE#d3|水城县⟧驻点帮扶，⟦GPE#d4|六盘水⟧也有⟦PERSON-COUNT#n4|86名教师|FROM=d4|TO=d5⟧赴⟦GPE#d5|连⟧跟岗学习。

五、劳务协作。全年帮助⟦GPE#e1|六盘水⟧⟦PERSON-COUNT#n5|2700余名建档立卡贫困人口|FROM=e1|TO=e2⟧到⟦GPE#e2|辽宁⟧等地就业，其中赴⟦GPE#e3|连⟧务工⟦PERSON-COUNT#n6|960人|FROM=e1|TO=e3⟧。

六、社会帮扶。⟦ORG|大连市工商联⟧组织86家民营企业参与“⟦PROGRAMME|万企帮万村⟧”行动，结对帮扶120个贫困村。参与企业累计捐款捐物⟦MONEY|1300余万元⟧。
