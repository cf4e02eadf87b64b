山海携手五年间——⟦GPE|杭州⟧⟦PROGRAMME|东西部扶贫协作⟧“十三五”回眸
⟦ORG|杭州日报⟧　2020年12月18日　记者 沈洁

“十三五”期间，⟦GPE#a1|杭州市|PAIRED=a2,a3⟧结对帮扶⟦GPE#a2|湖北省恩施土家族苗族自治州⟧和⟦GPE#a3|贵州省黔东南苗族侗族自治州⟧，两州23个贫困县市已全部脱贫摘帽。五年来，⟦GPE#b1|杭州⟧累计向两州投入财政帮扶资金⟦MONEY#b0|30.6亿元|FROM=b1|TO=b2,b3⟧，其中⟦GPE#b2|恩施州⟧⟦MONEY#b4|12.1亿元|FROM=b1|TO=b2⟧、⟦GPE#b3|黔东南州⟧⟦MONEY#b5|18.5亿元|FROM=b1|TO=b3⟧。

在⟦GPE|杭恩⟧协作中，⟦GPE#c1|杭州|PAIRED=c2⟧8个区与⟦GPE#c2|恩施州⟧8个县市一一结对。在⟦GPE#d1|江干区|PAIRED=d2⟧帮扶下，⟦GPE#d2|恩施市⟧建成硒茶产业园；⟦GPE#e1|下城区⟧三年来向⟦GPE#e2|巴东县⟧拨付帮扶资金⟦MONEY#e0|4600万元|FROM=e1|TO=e2⟧，并帮助⟦GPE#e3|巴东县⟧⟦PERSON-COUNT#e5|320名贫困劳动力|FROM=e3|TO=e4⟧到⟦GPE#e4|杭州⟧就业。⟦GPE#f1|西湖区|PAIRED=f2⟧对口支援的⟦GPE#f2|宣恩县⟧，去年获得⟦GPE#f3|西湖区⟧各类帮扶资金⟦MONEY#f0|1800万元|FROM=f3|TO=f2⟧。

⟦GPE|黔东南⟧方面，⟦GPE#g1|杭州|PAIRED=g2,g3,g4⟧在⟦GPE#g2|从江⟧、⟦GPE#g3|榕江⟧、⟦GPE#g4|雷山⟧等县援建扶贫车间86个，吸纳⟦PERSON-COUNT|2300余名贫困群众⟧就近就业。三年来，⟦GPE#h1|黔东南州⟧向⟦GPE#h2|浙江⟧输送农村劳动力⟦PERSON-COUNT#h3|2.2万人|FROM=h1|TO=h2⟧，其中贫困劳动力⟦PERSON-COUNT#h4|9800人|FROM=h1|TO=h2⟧；⟦GPE#i1|杭州⟧还接收⟦GPE#i2|黔东南州⟧⟦PERSON-COUNT#i0|760名贫困家庭学生|FROM=i2|TO=i1,i3⟧到⟦ORG#i3|杭州技师学院⟧等职业院校就读。

人才方面，五年来⟦GPE#j1|杭州⟧共选派党政干部⟦PERSON-COUNT#j2|96名|FROM=j1⟧、教师医生等专业技术人才⟦PERSON-COUNT#j3|1670名|FROM=j1⟧到两州工作。⟦ORG#k1|浙江大学医学院附属第一医院⟧先后向⟦ORG#k2|恩施州中心医院⟧派出“⟦PROGRAMME|组团式⟧”帮扶专家⟦PERSON-COUNT#k3|42名|FROM=k1|TO=k2⟧；⟦ORG#l1|杭州第二中学⟧与⟦ORG#l2|雷山县民族中学⟧结对，选派⟦PERSON-COUNT#l3|6名教师|FROM=l1|TO=l2⟧到该校支教。

消费扶贫方面，今年1—11月，⟦GPE#m1|杭州市⟧采购⟦GPE#m2|恩施⟧、⟦GPE#m3|黔东南⟧两州农特产品⟦MONEY#m5|14.8亿元|FROM=m1|TO=m2,m3⟧，其中⟦ORG#m4|杭州联华华商集团有限公司⟧采购⟦MONEY#m6|3.2亿元|FROM=m4|TO=m2,m3⟧。
