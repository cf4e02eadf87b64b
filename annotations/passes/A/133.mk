⟦GPE|温州市⟧2022年⟦PROGRAMME|东西部协作⟧工作总结（摘要）

2022年，⟦GPE#a1|温州市|PAIRED=a2⟧坚持把⟦PROGRAMME|东西部协作⟧作为重大政治任务，与⟦GPE#a2|四川省阿坝州⟧携手推进乡村振兴，全年各项协作指标均超额完成。现将主要情况报告如下。

一、结对关系。新一轮协作启动后，⟦GPE#b1|温州|PAIRED=b2⟧所辖11个县（市、区）与⟦GPE#b2|阿坝州⟧13个县（市）全部建立结对关系。其中，⟦GPE#b3|乐清市|PAIRED=b6⟧、⟦GPE#b4|瑞安市|PAIRED=b7⟧、⟦GPE#b5|苍南县|PAIRED=b8⟧分别与⟦GPE#b6|理县⟧、⟦GPE#b7|松潘县⟧、⟦GPE#b8|红原县⟧确立结对帮扶关系，⟦GPE#b9|汶川县⟧由⟦GPE#b10|鹿城区|PAIRED=b9⟧结对帮扶，⟦GPE#b11|黑水⟧、⟦GPE#b12|壤塘⟧两县则分别由⟦GPE#b13|龙湾区|PAIRED=b11⟧、⟦GPE#b14|永嘉县|PAIRED=b12⟧对口支援。

二、资金项目。⟦GPE#c1|温州市⟧本级财政援助资金⟦MONEY|2.46亿元|FROM=c1⟧、社会帮扶资金⟦MONEY|3120万元|FROM=c1⟧、协作项目138个；各县（市、区）财政援助资金⟦MONEY|1.18亿元⟧，其中用于乡村建设的超过⟦MONEY|7000万元⟧。各结对县（市、区）全年到位财政援助资金：
⟦GPE#d1|鹿城区⟧ ⟦MONEY|2860万元|FROM=d1⟧
⟦GPE#d2|乐清市⟧ ⟦MONEY|3260万元|FROM=d2⟧
⟦GPE#d3|瑞安市⟧ ⟦MONEY|3110万元|FROM=d3⟧
⟦GPE#d4|苍南县⟧ ⟦MONEY|2980万元|FROM=d4⟧

三、人才交流。⟦GPE#e1|温州市⟧全年选派挂职干部⟦PERSON-COUNT|37名|FROM=e1|TO=e2⟧、专业技术人才⟦PERSON-COUNT|285名|FROM=e1|TO=e2⟧赴⟦GPE#e2|阿坝州⟧开展帮扶；⟦GPE#e3|阿坝州⟧选派⟦PERSON-COUNT|78名|FROM=e3|TO=e4⟧干部到⟦GPE#e4|温州⟧跟岗学习。⟦ORG#e5|温州医科大学附属第一医院⟧与⟦ORG|阿坝州人民医院⟧开展院际结对，派驻专家⟦PERSON-COUNT|16人|FROM=e5⟧。此外，两地教育部门互派骨干教师⟦PERSON-COUNT|46人次⟧开展双向交流。

四、劳务协作。全年帮助⟦GPE#f1|阿坝州⟧农村劳动力转移就业⟦PERSON-COUNT|6120人|FROM=f1⟧，其中到⟦GPE#f2|浙江⟧就业⟦PERSON-COUNT|1530人|FROM=f1|TO=f2⟧、省内就近就业⟦PERSON-COUNT|4590人|FROM=f1⟧。

五、消费协作。⟦GPE|温州市⟧机关企事业单位采购⟦GPE#g1|阿坝州⟧农特产品⟦MONEY|1.35亿元|TO=g1⟧，并在⟦GPE|瓯海区⟧设立展销中心，全年帮助⟦GPE#g2|阿坝⟧销售牦牛肉、青稞等农产品⟦MONEY|2.08亿元|TO=g2⟧。

六、存在问题。部分产业项目带动能力不强，个别乡镇黑水、污水治理设施运行不稳，对口帮扶工作的长效机制仍需健全。下一步，将继续深化⟦PROGRAMME|东西部协作⟧，推动两地共同富裕。

（来源：⟦ORG|温州市发展和改革委员会⟧）
