⟦GPE|津甘⟧协作三年　⟦GPE#t1|平凉⟧到位财政援助资金⟦MONEY|４．２亿元|TO=t1⟧
２０２０－１１－１８　０９：１２　来源：⟦ORG|每日甘肃网⟧　　【字号：大　中　小】　【打印】

⟦ORG|每日甘肃网⟧讯（记者 张晓）记者从⟦ORG|平凉市扶贫开发办公室⟧获悉，２０１７年以来，⟦GPE#a1|天津市河西区|PAIRED=a4⟧、⟦GPE#a2|武清区|PAIRED=a4⟧、⟦GPE#a3|津南区|PAIRED=a4⟧与⟦GPE#a4|平凉市⟧５个县（区）结成⟦PROGRAMME|东西部扶贫协作⟧对子：⟦GPE#a5|河西区|PAIRED=a6,a7⟧结对帮扶⟦GPE#a6|崆峒区⟧、⟦GPE#a7|庄浪县⟧，⟦GPE#a8|武清区|PAIRED=a9,a10⟧结对帮扶⟦GPE#a9|泾川县⟧、⟦GPE#a10|静宁县⟧，⟦GPE#a11|津南区|PAIRED=a12⟧结对帮扶⟦GPE#a12|灵台县⟧。

三年多来，⟦GPE#b1|河西区⟧、⟦GPE#b2|武清区⟧、⟦GPE#b3|津南区⟧累计向⟦GPE#b4|平凉市⟧投入财政援助资金⟦MONEY|４．２亿元|FROM=b1,b2,b3|TO=b4⟧，选派党政干部⟦PERSON-COUNT|４１名|FROM=b1,b2,b3⟧、专业技术人才⟦PERSON-COUNT|３２６人次|FROM=b1,b2,b3⟧到对口县区工作。２０２０年三区到位资金情况如下：
⟦GPE#c1|河西区⟧：⟦MONEY|５８００万元|FROM=c1|TO=c2,c3⟧（⟦GPE#c2|崆峒区⟧⟦MONEY|２６００万元|FROM=c1|TO=c2⟧、⟦GPE#c3|庄浪县⟧⟦MONEY|３２００万元|FROM=c1|TO=c3⟧）
⟦GPE#d1|武清区⟧：⟦MONEY|６１００万元|FROM=d1|TO=d2,d3⟧（⟦GPE#d2|泾川县⟧⟦MONEY|２９００万元|FROM=d1|TO=d2⟧、⟦GPE#d3|静宁县⟧⟦MONEY|３２００万元|FROM=d1|TO=d3⟧）
⟦GPE#e1|津南区⟧：⟦MONEY|２７００万元|FROM=e1|TO=e2⟧（⟦GPE#e2|灵台县⟧）

劳务协作方面，今年１至１０月，⟦GPE#f1|平凉市⟧向⟦GPE#f2|天津⟧输转农村劳动力⟦PERSON-COUNT|２１５０人|FROM=f1|TO=f2⟧，其中建档立卡贫困劳动力⟦PERSON-COUNT|８６０人|FROM=f1|TO=f2⟧。⟦GPE|天津市⟧各区机关、企业和工会全年采购⟦GPE#g1|平凉⟧牛肉、苹果、小杂粮等农特产品⟦MONEY|１．３亿元|TO=g1⟧，⟦GPE|静宁⟧苹果已进入⟦GPE|天津⟧多家大型商超。

在⟦GPE|天水⟧，⟦GPE#h1|天津港保税区|PAIRED=h2⟧今年７月与⟦GPE#h2|张家川回族自治县⟧签署新一年扶贫协作框架协议，再安排财政资金⟦MONEY|４０００万元|FROM=h1⟧。

责任编辑：马丽
分享到：　微信　微博　ＱＱ空间
上一篇：⟦GPE|静宁县⟧苹果首次出口东南亚
下一篇：⟦GPE|崆峒区⟧举办⟦PROGRAMME|东西部扶贫协作⟧产品展销会
