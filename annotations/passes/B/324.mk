⟦GPE|浙川⟧⟦PROGRAMME|东西部协作⟧开局之年：⟦GPE#t1|浙江|PAIRED=t2⟧62县结对⟦GPE#t2|四川⟧68县
⟦ORG|新华网⟧⟦GPE|成都⟧12月20日电（记者 周勇）今年是新一轮⟦GPE|浙川⟧⟦PROGRAMME|东西部协作⟧的第一年。记者从⟦ORG|四川省乡村振兴局⟧获悉，按照中央调整后的结对关系，⟦GPE#a1|浙江省|PAIRED=a2⟧62个县（市、区）与⟦GPE#a2|四川省⟧12个市（州）的68个县建立结对关系，其中⟦GPE#a3|杭州市余杭区|PAIRED=a4⟧结对⟦GPE#a4|广元市苍溪县⟧，⟦GPE#a5|金华兰溪市|PAIRED=a6⟧结对⟦GPE#a6|巴中市通江县⟧，⟦GPE#a7|温州乐清市|PAIRED=a8⟧结对⟦GPE#a8|阿坝州理县⟧，⟦GPE#a9|宁波市镇海区|PAIRED=a10⟧结对⟦GPE#a10|凉山州金阳县⟧。

今年1至11月，⟦GPE#b1|浙江省⟧向⟦GPE#b2|四川⟧拨付财政援助资金⟦MONEY|19.8亿元|FROM=b1|TO=b2⟧，选派党政干部⟦PERSON-COUNT|176名|FROM=b1|TO=b3⟧、专业技术人才⟦PERSON-COUNT|1520人次|FROM=b1|TO=b3⟧入⟦GPE#b3|川⟧开展帮扶。其中，⟦GPE#c1|杭州市⟧向⟦GPE#c2|广元市⟧拨付⟦MONEY|2.36亿元|FROM=c1|TO=c2⟧，⟦GPE#c3|宁波市⟧向⟦GPE#c4|凉山州⟧拨付⟦MONEY|6.1亿元|FROM=c3|TO=c4⟧。

⟦GPE#d1|杭州|PAIRED=d2⟧与⟦GPE#d2|广元⟧的⟦PROGRAMME|东西部协作⟧关系始于今年春天。5月下旬，⟦GPE|杭州⟧—⟦GPE|广元⟧⟦PROGRAMME|东西部协作⟧高层联席会在⟦GPE|杭州⟧召开，两地现场签约产业项目17个、协议投资额⟦MONEY|48亿元⟧。

劳务协作方面，今年已有⟦PERSON-COUNT|2.1万名农村劳动力|FROM=e1|TO=e2⟧从⟦GPE#e1|四川⟧经协作渠道赴⟦GPE#e2|浙江⟧就业，其中来自⟦GPE#e3|凉山州⟧的有⟦PERSON-COUNT|6300余人|FROM=e3|TO=e2⟧。⟦GPE#f1|浙江⟧还通过展销会、电商直播和机关食堂直采等方式，采购和帮助销售⟦GPE#f2|四川⟧农特产品⟦MONEY|46.3亿元|FROM=f1|TO=f2⟧。

上一轮协作中，⟦GPE#g1|浙江|PAIRED=g2⟧自2016年起帮扶⟦GPE#g2|四川⟧40个贫困县，五年累计投入财政帮扶资金⟦MONEY|52.8亿元|FROM=g1|TO=g2⟧，选派挂职干部⟦PERSON-COUNT|100名|FROM=g1|TO=g2⟧、专业技术人才⟦PERSON-COUNT|3000多名|FROM=g1|TO=g2⟧。
