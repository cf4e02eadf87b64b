⟦GPE|锡海⟧协作五年：⟦GPE#t1|无锡⟧向⟦GPE#t2|海东⟧拨付资金逾⟦MONEY|八亿元|FROM=t1|TO=t2⟧
来源：⟦ORG|海东日报⟧　2021-08-05

2016年起，⟦GPE#a1|江苏省|PAIRED=a2,a3⟧对口帮扶⟦GPE#a2|青海省西宁市⟧和⟦GPE#a3|海东市⟧，其中⟦GPE#a4|海东市⟧由⟦GPE#a5|无锡市|PAIRED=a4⟧具体负责。⟦GPE#a6|无锡市|PAIRED=a7,a8,a9,a10⟧各区（市）分别与⟦GPE#a7|乐都区⟧、⟦GPE#a8|平安区⟧、⟦GPE#a9|民和县⟧、⟦GPE#a10|互助县⟧等6个县区结成帮扶对子，⟦GPE#a11|惠山区|PAIRED=a12⟧对口⟦GPE#a12|乐都区⟧。

截至2021年6月，⟦GPE#b1|无锡⟧累计向⟦GPE#b2|海东⟧拨付协作资金⟦MONEY|8.3亿元|FROM=b1|TO=b2⟧，实施项目410个。分县区看：
⟦GPE#b3|乐都区⟧　⟦MONEY|1.9亿元|TO=b3⟧
⟦GPE#b4|互助土族自治县⟧　⟦MONEY|1.6亿元|TO=b4⟧
⟦GPE#b5|民和回族土族自治县⟧　⟦MONEY|1.5亿元|TO=b5⟧
⟦GPE#b6|平安区⟧　⟦MONEY|1.1亿元|TO=b6⟧
⟦GPE#b7|化隆⟧、⟦GPE#b8|循化⟧两县合计　⟦MONEY|1.3亿元|TO=b7,b8⟧

在⟦GPE|互助县⟧，⟦GPE|无锡⟧援建的青稞酒产业园吸纳当地群众就业⟦PERSON-COUNT|1200余人⟧；在⟦GPE#c2|民和县⟧，一家⟦GPE|无锡⟧企业投资⟦MONEY|6800万元|TO=c2⟧建设铝材加工项目。去年，⟦GPE#c3|海东市⟧向⟦GPE#c4|江苏⟧转移农村劳动力⟦PERSON-COUNT|4300余人|FROM=c3|TO=c4⟧，其中在⟦GPE#c5|无锡⟧稳定就业的有⟦PERSON-COUNT|1700人|FROM=c3|TO=c5⟧。今年上半年，⟦ORG#c6|无锡市总工会⟧采购⟦GPE#c7|海东⟧牛羊肉、枸杞等农产品⟦MONEY|2.6亿元|FROM=c6|TO=c7⟧。

两地干部群众互助共进。⟦GPE#d1|无锡⟧还向⟦GPE#d2|海东⟧选派教师、医生等专业技术人才⟦PERSON-COUNT|268人次|FROM=d1|TO=d2⟧，⟦GPE#d3|海东市⟧则选派⟦PERSON-COUNT|85名干部|FROM=d3|TO=d4⟧到⟦GPE#d4|无锡⟧跟岗学习。
