⟦GPE|江苏省⟧2018年⟦PROGRAMME|东西部扶贫协作⟧对口⟦GPE|青海⟧工作总结（节选）
2018年是⟦GPE#a1|江苏省|PAIRED=a2,a3⟧与⟦GPE#a2|青海省西宁市⟧、⟦GPE#a3|海东市⟧开展⟦PROGRAMME|东西部扶贫协作⟧的第三年，全年省财政安排协作资金⟦MONEY|3.6亿元|FROM=a1|TO=a2,a3⟧，比上年增长1.5倍，其中⟦GPE#a4|西宁市⟧⟦MONEY|1.4亿元|FROM=a1|TO=a4⟧、⟦GPE#a5|海东市⟧⟦MONEY|2.2亿元|FROM=a1|TO=a5⟧。
一、资金分配。⟦GPE#b1|江苏⟧按照因素法下达基础资金，⟦GPE|海东市⟧的⟦GPE#b2|民和⟧、⟦GPE#b3|化隆⟧、⟦GPE#b4|循化⟧、⟦GPE#b5|互助⟧、⟦GPE#b6|乐都⟧、⟦GPE#b7|平安⟧6个县区每县安排⟦MONEY|1200万元|FROM=b1|TO=b2,b3,b4,b5,b6,b7⟧，⟦GPE|西宁市⟧的⟦GPE#b8|大通⟧、⟦GPE#b9|湟中⟧、⟦GPE#b10|湟源⟧3县每县安排⟦MONEY|800万元|FROM=b1|TO=b8,b9,b10⟧，其余资金用于跨县区产业项目。
二、结对帮扶。⟦GPE#c1|无锡市|PAIRED=c2⟧与⟦GPE#c2|海东市⟧建立结对关系，⟦GPE#c3|南京市雨花台区|PAIRED=c4⟧结对帮扶⟦GPE#c4|大通县⟧，在⟦GPE|边麻沟村⟧援建乡村旅游扶贫产业园，村里的花海当年接待游客⟦PERSON-COUNT|20万人次⟧。
三、人才交流。⟦GPE#d1|江苏⟧选派⟦PERSON-COUNT|32名党政干部|FROM=d1|TO=d2⟧赴⟦GPE#d2|青⟧挂职，另有⟦PERSON-COUNT|236名专业技术人才|FROM=d1⟧到两市支教支医支农；两地互派干部⟦PERSON-COUNT|60名⟧双向挂职，干部之间互助互学蔚然成风。
四、劳务与消费协作。⟦GPE#e1|海东市⟧全年转移就业农村劳动力⟦PERSON-COUNT|1.3万人次|FROM=e1⟧，其中赴⟦GPE#e2|江苏⟧务工⟦PERSON-COUNT|621人|FROM=e1|TO=e2⟧。⟦ORG#f1|苏果超市有限公司|PAIRED=f2⟧与⟦GPE#f2|海东市⟧签订产销合作协议，全年采购⟦GPE#f3|海东⟧牦牛肉、青稞制品等⟦MONEY|2860万元|FROM=f1|TO=f3⟧。
五、援⟦GPE|藏⟧工作。⟦GPE#g1|江苏|PAIRED=g2⟧对口支援⟦GPE#g2|拉萨市⟧，2018年安排援⟦GPE#g3|藏⟧资金⟦MONEY|3.3亿元|FROM=g1|TO=g3,g2⟧，实施项目58个；⟦ORG|江苏省援藏工作队⟧的⟦PERSON-COUNT|93名队员⟧中，教师和医生占六成。
六、教育医疗。⟦ORG#h1|南京鼓楼医院⟧向⟦ORG#h2|海东市第二人民医院⟧派出⟦PERSON-COUNT|15名医疗骨干|FROM=h1|TO=h2⟧开展“⟦PROGRAMME|组团式⟧”帮扶，⟦ORG|无锡市第一中学⟧与⟦ORG|乐都区第一中学⟧结为友好学校，两校互派教师⟦PERSON-COUNT|24人次⟧跟班交流。下一步，两地将把对口县之间的劳务协作和消费协作作为重点，力争2019年帮助更多贫困劳动力走出大山。
