援⟦GPE|青⟧十年再出发　六省市2016年至2020年安排援⟦GPE#t1|青⟧资金逾⟦MONEY|百亿元|TO=t1⟧

2010年，中央确定⟦GPE#a1|北京|PAIRED=a7⟧、⟦GPE#a2|天津|PAIRED=a7⟧、⟦GPE#a3|上海|PAIRED=a7⟧、⟦GPE#a4|江苏|PAIRED=a7⟧、⟦GPE#a5|浙江|PAIRED=a7⟧、⟦GPE#a6|山东|PAIRED=a7⟧六省市对口支援⟦GPE#a7|青海⟧六州。其中，⟦GPE#b1|北京市|PAIRED=b2⟧对口支援⟦GPE#b2|玉树州⟧，⟦GPE#b3|上海市|PAIRED=b4⟧对口支援⟦GPE#b4|果洛州⟧，⟦GPE#b5|天津市|PAIRED=b6⟧对口支援⟦GPE#b6|黄南州⟧，⟦GPE#b7|江苏省|PAIRED=b8⟧对口支援⟦GPE#b8|海南州⟧，⟦GPE#b9|浙江省|PAIRED=b10⟧对口支援⟦GPE#b10|海西州⟧，⟦GPE#b11|山东省|PAIRED=b12⟧对口支援⟦GPE#b12|海北州⟧。

2016年至2020年，六省市累计安排援⟦GPE#c1|青⟧资金⟦MONEY|104.2亿元|TO=c1⟧，实施援⟦GPE|青⟧项目1460个，选派援⟦GPE#c2|青⟧干部人才⟦PERSON-COUNT|1900余名|TO=c2⟧。分省市看：
⟦GPE#d1|北京市⟧—⟦GPE#d2|玉树州⟧：援⟦GPE#d3|青⟧资金⟦MONEY|22.6亿元|FROM=d1|TO=d2,d3⟧，干部人才⟦PERSON-COUNT|416名|FROM=d1|TO=d2⟧；
⟦GPE#e1|上海市⟧—⟦GPE#e2|果洛州⟧：援⟦GPE#e3|青⟧资金⟦MONEY|19.8亿元|FROM=e1|TO=e2,e3⟧，干部人才⟦PERSON-COUNT|352名|FROM=e1|TO=e2⟧；
⟦GPE#f1|天津市⟧—⟦GPE#f2|黄南州⟧：援⟦GPE#f3|青⟧资金⟦MONEY|12.4亿元|FROM=f1|TO=f2,f3⟧，干部人才⟦PERSON-COUNT|287名|FROM=f1|TO=f2⟧；
⟦GPE#g1|江苏省⟧—⟦GPE#g2|海南州⟧：援⟦GPE#g3|青⟧资金⟦MONEY|17.3亿元|FROM=g1|TO=g2,g3⟧，干部人才⟦PERSON-COUNT|318名|FROM=g1|TO=g2⟧；
⟦GPE#h1|浙江省⟧—⟦GPE#h2|海西州⟧：援⟦GPE#h3|青⟧资金⟦MONEY|15.9亿元|FROM=h1|TO=h2,h3⟧，干部人才⟦PERSON-COUNT|261名|FROM=h1|TO=h2⟧；
⟦GPE#i1|山东省⟧—⟦GPE#i2|海北州⟧：援⟦GPE#i3|青⟧资金⟦MONEY|16.2亿元|FROM=i1|TO=i2,i3⟧，干部人才⟦PERSON-COUNT|305名|FROM=i1|TO=i2⟧。
合计：援⟦GPE#j1|青⟧资金⟦MONEY|104.2亿元|TO=j1⟧，干部人才⟦PERSON-COUNT|1939名⟧。

在⟦GPE|黄南⟧，⟦GPE|天津⟧援建的⟦GPE|同仁市隆务镇⟧污水处理厂已投入使用，援⟦GPE|青⟧干部对各族群众一视同仁、倾心服务。⟦GPE#k1|天津|PAIRED=k2⟧与⟦GPE#k2|黄南州⟧的帮扶关系已持续十年，⟦GPE#k3|泽库⟧、⟦GPE#k4|河南⟧两县2020年分别获得⟦GPE#k5|天津⟧援助资金⟦MONEY|6200万元|FROM=k5|TO=k3⟧和⟦MONEY|5800万元|FROM=k5|TO=k4⟧。

⟦GPE#l1|江苏|PAIRED=l2⟧—⟦GPE#l2|海南州⟧对口支援已走过十个年头。“十三五”期间，⟦GPE#m1|江苏省⟧累计向⟦GPE#m2|共和县⟧投入援⟦GPE#m3|青⟧资金⟦MONEY|3.1亿元|FROM=m1|TO=m2,m3⟧，建成光伏产业园一座；⟦GPE#n1|贵德县⟧则利用⟦GPE#n2|江苏⟧援建资金⟦MONEY|1.6亿元|FROM=n2|TO=n1⟧改造了梨都小镇。不少援⟦GPE|青⟧干部说，能为共和国的高原牧区出一份力，是一生的荣耀。

⟦GPE#o1|浙江省|PAIRED=o2,o3,o4,o5,o6,o7⟧对口支援⟦GPE#o2|海西州⟧以来，重点支持⟦GPE#o3|格尔木⟧、⟦GPE#o4|德令哈⟧两市和⟦GPE#o5|都兰⟧、⟦GPE#o6|乌兰⟧、⟦GPE#o7|天峻⟧三县，2020年向⟦GPE#o8|海西州⟧安排援⟦GPE#o9|青⟧资金⟦MONEY|3.4亿元|FROM=o1|TO=o8,o9⟧，其中⟦MONEY|1.2亿元|FROM=o1|TO=o8,o9⟧用于柴达木物流大通道配套设施；⟦GPE#p1|山东省⟧则向⟦GPE#p2|海北州门源⟧、⟦GPE#p3|祁连⟧、⟦GPE#p4|海晏⟧、⟦GPE#p5|刚察⟧四县选派医生和教师⟦PERSON-COUNT|186名|FROM=p1|TO=p2,p3,p4,p5⟧。⟦GPE|北京市⟧援建的⟦ORG|玉树州八一孤儿学校⟧、⟦GPE|上海⟧援建的⟦ORG|果洛州玛多县人民医院⟧相继投用，2020年⟦GPE#q2|北京⟧、⟦GPE#q3|上海⟧两市还分别采购⟦GPE#q4|玉树⟧、⟦GPE#q5|果洛⟧牦牛肉等畜产品⟦MONEY|4200万元|FROM=q2|TO=q4⟧和⟦MONEY|3600万元|FROM=q3|TO=q5⟧。
