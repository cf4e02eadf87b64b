⟦GPE#t1|中山|PAIRED=t2⟧·⟦GPE#t2|六盘水⟧协作两年：四县区去年获财政援助资金⟦MONEY|3.64亿元|FROM=t1|TO=t2⟧
发布时间：2023年3月6日　来源：⟦ORG|六盘水日报⟧

2021年新一轮⟦PROGRAMME|东西部协作⟧结对关系调整后，⟦GPE#a1|广东省中山市|PAIRED=a2⟧与⟦GPE#a2|贵州省六盘水市⟧结为协作伙伴。两年来，⟦GPE#b1|中山市⟧累计向⟦GPE#b2|六盘水市⟧拨付财政援助资金⟦MONEY|6.85亿元|FROM=b1|TO=b2⟧，选派党政干部和专业技术人才⟦PERSON-COUNT|436人次|FROM=b1|TO=b3⟧赴⟦GPE#b3|六盘水⟧挂职帮扶，两地共建产业园区5个。

2022年⟦GPE|中山市⟧安排各县（市、特区、区）的财政援助资金、选派的挂职干部和专业技术人才，以及各地赴⟦GPE|粤⟧务工人数如下：
地区　援助资金　挂职干部　专技人才　赴⟦GPE|粤⟧务工
⟦GPE#c1|水城区⟧　⟦MONEY|1.24亿元|TO=c1⟧　⟦PERSON-COUNT|5名|TO=c1⟧　⟦PERSON-COUNT|68名|TO=c1⟧　⟦PERSON-COUNT|2315人|FROM=c1⟧
⟦GPE#d1|盘州市⟧　⟦MONEY|1.03亿元|TO=d1⟧　⟦PERSON-COUNT|4名|TO=d1⟧　⟦PERSON-COUNT|52名|TO=d1⟧　⟦PERSON-COUNT|1980人|FROM=d1⟧
⟦GPE#e1|六枝特区⟧　⟦MONEY|8760万元|TO=e1⟧　⟦PERSON-COUNT|3名|TO=e1⟧　⟦PERSON-COUNT|41名|TO=e1⟧　⟦PERSON-COUNT|1426人|FROM=e1⟧
⟦GPE#f1|钟山区⟧　⟦MONEY|4940万元|TO=f1⟧　⟦PERSON-COUNT|2名|TO=f1⟧　⟦PERSON-COUNT|33名|TO=f1⟧　⟦PERSON-COUNT|867人|FROM=f1⟧
合计　⟦MONEY|3.64亿元⟧　⟦PERSON-COUNT|14名⟧　⟦PERSON-COUNT|194名⟧　⟦PERSON-COUNT|6588人⟧

医疗帮扶方面，⟦ORG#g1|中山市人民医院⟧对口帮扶⟦ORG#g2|水城区人民医院⟧，两年来先后向该院派出四批“⟦PROGRAMME|组团式⟧”帮扶医疗队共⟦PERSON-COUNT|17名医生|FROM=g1|TO=g2⟧，新开展诊疗技术46项，并捐赠医疗设备，价值⟦MONEY|630万元|FROM=g1⟧。教育方面，⟦ORG#h1|中山纪念中学⟧去年选派⟦PERSON-COUNT|9名骨干教师|FROM=h1|TO=h2⟧到结对的⟦ORG#h2|六盘水市第一中学⟧支教，⟦GPE#h3|六盘水市⟧也组织⟦PERSON-COUNT|120名中小学教师|FROM=h3|TO=h4⟧赴⟦GPE#h4|中山⟧跟岗学习。

劳务协作方面，今年1至2月，⟦GPE#i1|六盘水市⟧通过点对点包车等方式输送⟦PERSON-COUNT|3260名农村劳动力|FROM=i1|TO=i2⟧到⟦GPE#i2|中山⟧等地务工，另有⟦PERSON-COUNT|1.1万名脱贫劳动力⟧在协作共建的帮扶车间就地就近就业。消费协作上，⟦ORG#j1|中山市供销合作联社⟧去年采购⟦GPE#j2|六盘水⟧猕猴桃、刺梨等农特产品⟦MONEY|1.36亿元|FROM=j1|TO=j2⟧。

责任编辑：罗娟
