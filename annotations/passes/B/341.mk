⟦GPE#t1|东丽|PAIRED=t2⟧·⟦GPE#t2|甘谷⟧“⟦PROGRAMME|携手促振兴⟧”：9个街道结对9个乡镇　村企结对再签3对
来源：⟦ORG|天水日报⟧　2023-07-12　【字体：大 中 小】

7月8日，⟦GPE|天津市东丽区⟧·⟦GPE|甘肃省甘谷县⟧⟦PROGRAMME|东西部协作⟧联席会议在⟦GPE|甘谷县⟧召开。“十四五”期间，⟦GPE#a1|东丽区|PAIRED=a2,a3,a4⟧结对帮扶⟦GPE#a2|兰州市皋兰县⟧、⟦GPE#a3|天水市甘谷县⟧和⟦GPE#a4|甘南州临潭县⟧，按计划每年向三县各安排财政援助资金不少于⟦MONEY|5000万元|FROM=a1|TO=a2,a3,a4⟧。今年⟦GPE#b1|东丽区⟧安排⟦GPE#b2|甘谷县⟧财政援助资金⟦MONEY|7650万元|FROM=b1|TO=b2⟧，截至目前已拨付到位⟦MONEY|5820万元|FROM=b1⟧，支持辣椒全产业链等23个项目。

在“⟦PROGRAMME|携手促振兴⟧”行动中，⟦GPE#c1|东丽区|PAIRED=c2⟧9个街道与⟦GPE#c2|甘谷县⟧9个乡镇一一结对，其中⟦GPE#c3|金钟街道|PAIRED=c4⟧结对⟦GPE#c4|安远镇⟧，⟦GPE#c5|华明街道|PAIRED=c6⟧结对⟦GPE#c6|磐安镇⟧，⟦GPE#c7|军粮城街道|PAIRED=c8⟧结对⟦GPE#c8|古坡镇⟧；⟦GPE#d1|东丽区|PAIRED=d2⟧26个村（社区）还与⟦GPE#d2|甘谷县⟧41个脱贫村结成帮扶对子，今年以来结对双方互访⟦PERSON-COUNT|460人次⟧。

会上还举行了“⟦PROGRAMME|万企兴万村⟧”村企结对签约：⟦ORG#e1|天津宏农科技发展有限公司|PAIRED=e2,e3⟧结对帮扶⟦GPE#e2|安远镇大城村⟧和⟦GPE#e3|古坡镇大卜峪村⟧，计划三年投入帮扶资金⟦MONEY|300万元|FROM=e1⟧发展设施蔬菜；⟦ORG#f1|纳洋（天津）科技发展有限公司|PAIRED=f2⟧与⟦GPE#f2|磐安镇四十铺村⟧结对，首期向⟦GPE#f3|四十铺村⟧捐赠⟦MONEY|50万元|FROM=f1|TO=f3⟧用于道路硬化。

消费帮扶方面，今年1—6月，⟦ORG#g1|东丽区总工会⟧采购⟦GPE#g2|甘谷⟧辣椒、花牛苹果等农产品⟦MONEY|1240万元|FROM=g1|TO=g2⟧；⟦ORG#h1|天津食品集团⟧在自营商超开设专柜，采购、销售⟦GPE#h2|甘谷县⟧农特产品⟦MONEY|2360余万元|FROM=h1|TO=h2⟧；⟦GPE|东丽区⟧各机关食堂采购⟦GPE#i1|皋兰⟧、⟦GPE#i2|临潭⟧两县牛羊肉⟦MONEY|318万元|TO=i1,i2⟧。

劳务协作方面，⟦GPE#j1|甘谷县⟧今年已向⟦GPE#j2|天津⟧输送务工人员⟦PERSON-COUNT|2160人|FROM=j1|TO=j2⟧，其中到⟦GPE#j3|东丽区⟧企业和养老机构就业的有⟦PERSON-COUNT|735人|FROM=j1|TO=j3⟧；依托⟦PROGRAMME|东西部协作⟧资金援建的12个帮扶车间，吸纳当地群众就地就近就业⟦PERSON-COUNT|860余人⟧。

编辑：王晓
