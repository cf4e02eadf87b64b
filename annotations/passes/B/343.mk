⟦GPE|闽宁⟧协作丨⟦GPE#t1|福清|PAIRED=t2⟧19个镇街与⟦GPE#t2|西吉⟧19个乡镇结对全覆盖
来源：⟦ORG|宁夏新闻网⟧　时间：2024-01-18 16:20

本报讯,,2023年，⟦GPE#a1|福建省福清市|PAIRED=a2⟧19个经济强镇（街道）与⟦GPE#a2|宁夏西吉县⟧19个乡镇签订结对帮扶协议，实现⟦GPE|西吉县⟧乡镇结对全覆盖。。全年⟦GPE#b1|福清市⟧向⟦GPE#b2|西吉县⟧拨付⟦GPE|闽宁⟧协作资金亿元，，实施项目个，其中产业项目资金⟦MONEY|.26亿元|FROM=b1|TO=b2⟧，，占比超过六成。

其中，⟦GPE#c1|音西街道|PAIRED=c2⟧与⟦GPE#c2|吉强镇⟧结对，⟦GPE#c3|龙田镇|PAIRED=c4⟧结对⟦GPE#c4|兴隆镇⟧，⟦GPE#c5|江阴镇|PAIRED=c6⟧结对⟦GPE#c6|将台堡镇⟧，各结对镇（街道）全年向结对乡镇捐赠资金和物资折合万元。。自年3月起，⟦GPE#d1|福清市⟧第二批⟦PERSON-COUNT|12名挂职干部|FROM=d1|TO=d2⟧陆续到⟦GPE#d2|西吉县⟧各乡镇任职。

三个结对乡镇2023年到位帮扶资金、⟦GPE|福清⟧选派人员和赴⟦GPE|闽⟧务工情况如下：
⟦GPE#e1|吉强镇⟧：帮扶资金⟦MONEY|320万元|TO=e1⟧，，挂职干部⟦PERSON-COUNT|2名|TO=e1⟧，技术人员⟦PERSON-COUNT|5名|TO=e1⟧，赴⟦GPE#e2|闽⟧务工⟦PERSON-COUNT|416人|FROM=e1|TO=e2⟧；
⟦GPE#f1|兴隆镇⟧：帮扶资金万元，挂职干部⟦PERSON-COUNT|1名|TO=f1⟧，技术人员⟦PERSON-COUNT|3名|TO=f1⟧，赴⟦GPE#f2|闽⟧务工⟦PERSON-COUNT|289人|FROM=f1|TO=f2⟧；
⟦GPE#g1|将台堡镇⟧：帮扶资金⟦MONEY|185万元|TO=g1⟧，挂职干部名，技术人员⟦PERSON-COUNT|4名|TO=g1⟧，赴⟦GPE|闽⟧务工人；
合计：帮扶资金万元，挂职干部⟦PERSON-COUNT|4名⟧，技术人员⟦PERSON-COUNT|12名⟧，赴⟦GPE#h1|闽⟧务工⟦PERSON-COUNT|1005人|TO=h1⟧。

消费帮扶方面，⟦ORG|福清市总工会⟧全年采购⟦GPE|西吉⟧马铃薯、小杂粮等农产品万元,,⟦ORG#i1|永辉超市股份有限公司⟧在⟦GPE|福州⟧、⟦GPE|福清⟧门店设立⟦GPE|西吉⟧农特产品专柜，全年采购⟦GPE#i2|西吉县⟧农特产品⟦MONEY|1860万元|FROM=i1|TO=i2⟧。

劳务协作方面，，⟦GPE#j1|西吉县⟧全年有名农村劳动力赴⟦GPE|闽⟧务工，其中到⟦GPE#j2|福清市⟧稳定就业的⟦PERSON-COUNT|3860人|FROM=j1|TO=j2⟧；另有⟦PERSON-COUNT|1200余人⟧在⟦GPE|闽宁⟧协作共建的帮扶车间就地就近就业。。过渡期内，两地还将在产业、人才、消费等方面持续深化协作。

（责任编辑：马丽）
