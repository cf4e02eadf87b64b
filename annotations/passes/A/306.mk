⟦GPE|鲁渝⟧协作：⟦GPE#h1|山东|PAIRED=h2⟧14市结对⟦GPE#h2|重庆⟧14区县　“⟦PROGRAMME|携手奔小康⟧”向纵深推进
来源：⟦ORG|华龙网⟧　2020-12-02

⟦ORG|华龙网⟧讯（记者 刘伟）2017年以来，⟦GPE#a1|山东省|PAIRED=a2⟧14个市与⟦GPE#a2|重庆市⟧14个贫困区县结成对子，其中⟦GPE#a3|济南市|PAIRED=a4⟧对口⟦GPE#a4|武隆区⟧、⟦GPE#a5|淄博市|PAIRED=a6⟧对口⟦GPE#a6|石柱县⟧、⟦GPE#a7|潍坊市|PAIRED=a8⟧对口⟦GPE#a8|开州区⟧、⟦GPE#a9|烟台市|PAIRED=a10⟧对口⟦GPE#a10|巫山县⟧。

今年，⟦GPE#b1|山东⟧向⟦GPE#b2|重庆⟧拨付财政援助资金⟦MONEY|9.3亿元|FROM=b1|TO=b2⟧，选派党政干部⟦PERSON-COUNT|53名|FROM=b1⟧、专业技术人才⟦PERSON-COUNT|1426名|FROM=b1⟧到对口区县工作；⟦GPE#b3|重庆⟧则选派⟦PERSON-COUNT|120名干部|FROM=b3|TO=b4⟧到⟦GPE#b4|山东⟧挂职学习。目前在⟦GPE|渝⟧工作的⟦GPE#b5|山东⟧援⟦GPE#b6|渝⟧干部人才有⟦PERSON-COUNT|400余名|FROM=b5|TO=b6⟧。

消费协作方面，⟦GPE|济南市⟧各级机关食堂常年采购⟦GPE#c1|武隆区⟧高山蔬菜，全年金额达⟦MONEY|2100万元|TO=c1⟧；⟦GPE#c2|淄博市⟧今年采购⟦GPE#c3|石柱县⟧辣椒、莼菜等农产品⟦MONEY|1.2亿元|FROM=c2|TO=c3⟧。⟦GPE|潍坊⟧18家企业与⟦GPE|开州区⟧30个贫困村结成帮扶对子，⟦GPE|潍坊市⟧社会各界今年向⟦GPE#d1|开州区⟧捐款捐物折合⟦MONEY|3600余万元|TO=d1⟧。在⟦GPE|武隆区⟧，⟦GPE|济南⟧援建的扶贫车间已有14个，吸纳⟦PERSON-COUNT|600余名当地群众⟧就近就业。

劳务协作方面，今年前10个月，⟦GPE#e1|巫山县⟧有⟦PERSON-COUNT|1860名贫困劳动力|FROM=e1|TO=e2⟧赴⟦GPE#e2|烟台⟧务工；⟦GPE#e3|重庆⟧14个区县共有⟦PERSON-COUNT|2.3万名贫困劳动力|FROM=e3|TO=e4⟧赴⟦GPE#e4|鲁⟧就业。
