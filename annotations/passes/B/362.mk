⟦ORG|青岛市扶贫协作陇南工作组⟧2019年工作总结

2019年，在⟦GPE|青岛⟧、⟦GPE|陇南⟧两市党委政府领导下，工作组围绕“⟦PROGRAMME|两不愁三保障⟧”目标，从资金、人才、产业、劳务、消费五个方面推进⟦PROGRAMME|东西部扶贫协作⟧。现将全年工作总结如下。

一、资金支持。全年⟦GPE#a1|青岛市⟧向⟦GPE#a2|陇南市⟧拨付财政帮扶资金⟦MONEY|2.84亿元|FROM=a1|TO=a2⟧，较2018年增长61%，其中用于深度贫困县的比例超过八成。各县区到位情况：
⟦GPE#b1|武都区⟧：⟦MONEY|5200万元|TO=b1⟧；
⟦GPE#b2|宕昌县⟧：⟦MONEY|4300万元|TO=b2⟧；
⟦GPE#b3|文县⟧：⟦MONEY|3500万元|TO=b3⟧；
⟦GPE#b4|礼县⟧：⟦MONEY|3900万元|TO=b4⟧；
⟦GPE#b5|西和县⟧：⟦MONEY|3500万元|TO=b5⟧；
⟦GPE#c1|康县⟧、⟦GPE#c2|成县⟧、⟦GPE#c3|徽县⟧、⟦GPE#c4|两当县⟧：合计⟦MONEY|8000万元|TO=c1,c2,c3,c4⟧。
此外，⟦GPE#d1|青岛西海岸新区|PAIRED=d2⟧与⟦GPE#d2|武都区⟧签订结对协作协议，并另向⟦GPE#d3|武都区⟧捐赠帮扶资金⟦MONEY|800万元|FROM=d1|TO=d3⟧。

二、人才交流。⟦GPE#e1|青岛市⟧选派的挂职干部⟦PERSON-COUNT|21名|FROM=e1|TO=e2⟧在⟦GPE#e2|陇南市⟧及所辖县区工作，全年另选派教师、医生等专业技术人才⟦PERSON-COUNT|286名|FROM=e1|TO=e3⟧到⟦GPE#e3|陇南⟧开展帮扶。⟦ORG#f1|青岛市市立医院⟧对口帮扶⟦ORG#f2|陇南市第一人民医院⟧，以“⟦PROGRAMME|组团式⟧”方式向该院派驻专家⟦PERSON-COUNT|14名|FROM=f1|TO=f2⟧；⟦GPE#g1|陇南市⟧选派⟦PERSON-COUNT|112名干部|FROM=g1|TO=g2⟧到⟦GPE#g2|青岛⟧跟岗学习。

三、劳务协作。全年⟦GPE#h1|陇南市⟧向⟦GPE#h2|山东⟧输送农村劳动力⟦PERSON-COUNT|5300人|FROM=h1|TO=h2⟧，其中到⟦GPE#h3|青岛⟧就业⟦PERSON-COUNT|3900人|FROM=h1|TO=h3⟧；两市联合在⟦GPE|宕昌⟧、⟦GPE|礼县⟧建成扶贫车间31个，吸纳⟦PERSON-COUNT|1600余名贫困群众⟧就近就业。

四、消费扶贫。⟦GPE|青岛市⟧机关食堂和工会全年采购⟦GPE#i1|陇南⟧花椒、核桃等农产品⟦MONEY|6100万元|TO=i1⟧；⟦ORG#j1|利群商业集团股份有限公司⟧全年采购⟦GPE#j2|陇南⟧农特产品⟦MONEY|1350万元|FROM=j1|TO=j2⟧，并在⟦GPE|青岛⟧门店设立⟦GPE|陇南⟧特产专柜。

明年，工作组将继续推动两市协作由“输血”向“造血”转变。
