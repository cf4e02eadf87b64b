⟦GPE|中山⟧·⟦GPE|六盘水⟧协作两年：四县区去年获财政援助资金⟦MONEY|3.64亿元⟧
发布时间：2023年3月6日　来源：⟦ORG|六盘水日报⟧

2021年新一轮⟦PROGRAMME|东西部协作⟧结对关系调整后，⟦GPE#a1|广东省中山市|PAIRED=a2⟧与⟦GPE#a2|贵州省六盘水市⟧结为协作伙伴。两年来，⟦GPE#b1|中山市⟧累计向⟦GPE#b2|六盘水市⟧拨付财政援助资金⟦MONEY|6.85亿元|FROM=b1|TO=b2⟧，选派党政干部和专业技术人才⟦PERSON-COUNT|436人次|FROM=b1|TO=b3⟧赴⟦GPE#b3|六盘水⟧挂职帮扶，两地共建产业园区5个。

2022年⟦GPE|中山市⟧安排各县（市、特区、区）的财政援助资金、选派的挂职干部和专业技术人才，以及各地赴⟦GPE|粤⟧务工人数如下：
地区　援助资金　挂职干部　专技人才　赴⟦GPE|粤⟧务工
⟦GPE#c1|水城区⟧　⟦MONEY|1.24亿元|TO=c1⟧　⟦PERSON-COUNT|5名|TO=c1⟧　⟦PERSON-COUNT|68名|TO=c1⟧　⟦PERSON-COUNT|2315人|FROM=c1⟧
⟦GPE#c2|盘州市⟧　⟦MONEY|1.03亿元|TO=c2⟧　⟦PERSON-COUNT|4名|TO=c2⟧　⟦PERSON-COUNT|52名|TO=c2⟧　⟦PERSON-COUNT|1980人|FROM=c2⟧
⟦GPE#c3|六枝特区⟧　⟦MONEY|8760万元|TO=c3⟧　⟦PERSON-COUNT|3名|TO=c3⟧　⟦PERSON-COUNT|41名|TO=c3⟧　⟦PERSON-COUNT|1426人|FROM=c3⟧
⟦GPE#c4|钟山区⟧　⟦MONEY|4940万元|TO=c4⟧　⟦PERSON-COUNT|2名|TO=c4⟧　⟦PERSON-COUNT|33名|TO=c4⟧　⟦PERSON-COUNT|867人|FROM=c4⟧
合计　⟦MONEY|3.64亿元⟧　⟦PERSON-COUNT|14名⟧　⟦PERSON-COUNT|194名⟧　⟦PERSON-COUNT|6588人⟧

医疗帮扶方面，⟦ORG#d1|中山市人民医院⟧对口帮扶⟦ORG#d2|水城区人民医院⟧，两年来先后向该院派出四批“⟦PROGRAMME|组团式⟧”帮扶医疗队共⟦PERSON-COUNT|17名医生|FROM=d1|TO=d2⟧，新开展诊疗技术46项，并捐赠医疗设备，价值⟦MONEY|630万元|FROM=d1⟧。教育方面，⟦ORG#e1|中山纪念中学⟧去年选派⟦PERSON-COUNT|9名骨干教师|FROM=e1|TO=e2⟧到结对的⟦ORG#e2|六盘水市第一中学⟧支教，⟦GPE#e3|六盘水市⟧也组织⟦PERSON-COUNT|120名中小学教师|FROM=e3|TO=e4⟧赴⟦GPE#e4|中山⟧跟岗学习。

劳务协作方面，今年1至2月，⟦GPE#f1|六盘水市⟧通过点对点包车等方式输送⟦PERSON-COUNT|3260名农村劳动力|FROM=f1|TO=f2⟧到⟦GPE#f2|中山⟧等地务工，另有⟦PERSON-COUNT|1.1万名脱贫劳动力⟧在协作共建的帮扶车间就地就近就业。消费协作上，⟦ORG#g1|中山市供销合作联社⟧去年采购⟦GPE#g2|六盘水⟧猕猴桃、刺梨等农特产品⟦MONEY|1.36亿元|FROM=g1|TO=g2⟧。

责任编辑：罗娟
