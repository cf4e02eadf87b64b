⟦GPE|苏陕⟧协作助力秦巴山区脱贫攻坚

⟦GPE#a1|江苏省|PAIRED=a2⟧与⟦GPE#a2|陕西省⟧携手开展⟦PROGRAMME|东西部协作⟧以来，把帮扶重点放在秦巴山区、革命老区和深度贫困县，资金、项目、人才持续向基层倾斜。

2019年，⟦GPE#b1|江苏⟧向⟦GPE#b2|陕西⟧投入财政帮扶资金⟦MONEY#m1|22.5亿元|FROM=b1|TO=b2⟧，其中⟦MONEY#m2|6.8亿元|FROM=b1|TO=b2⟧集中用于11个深度贫困县。⟦GPE#b3|江苏⟧各界还向⟦GPE#b4|陕西⟧贫困地区捐款捐物，折合⟦MONEY#m3|两亿三千万元|FROM=b3|TO=b4⟧。

产业合作上，⟦ORG#o1|江苏恒泰纺织集团有限公司⟧在⟦GPE#c1|陕西省安康市紫阳县⟧投资⟦MONEY#m4|5000万元|FROM=o1|TO=c1⟧建成3个社区工厂。目前，这些工厂已吸纳⟦PERSON-COUNT|三四百名留守妇女⟧在家门口就业。

人才交流方面，⟦GPE#d1|江苏⟧共选派⟦PERSON-COUNT#n1|1460名专业技术人才|FROM=d1|TO=d2⟧赴⟦GPE#d2|陕⟧服务，其中教师⟦PERSON-COUNT#n2|520名|FROM=d1|TO=d2⟧、医务人员⟦PERSON-COUNT#n3|610名|FROM=d1|TO=d2⟧。⟦ORG#o2|南通瑞康医院|PAIRED=d3⟧结对帮扶⟦GPE#d3|紫阳⟧，一年来为当地培训⟦PERSON-COUNT|140余名乡村医生⟧。

劳务协作方面，⟦GPE#f1|陕西⟧今年已有⟦PERSON-COUNT#n4|1.1万名贫困劳动力|FROM=f1|TO=f2⟧赴⟦GPE#f2|苏⟧稳定就业。

消费扶贫方面，⟦GPE#e1|江苏⟧通过展销会、电商平台等渠道采购⟦GPE#e2|陕西⟧茶叶、香菇、木耳等产品⟦MONEY#m5|9.7亿元|FROM=e1|TO=e2⟧。

⟦ORG|陕西省扶贫开发办公室⟧负责人表示，将与援⟦GPE|陕⟧干部一道，用好⟦GPE|苏陕⟧协作平台，确保剩余贫困县如期摘帽。
