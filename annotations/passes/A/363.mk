⟦GPE#t1|宁波|PAIRED=t2⟧⟦GPE#t2|延边⟧结对两年：１０个区县（市）结对帮扶⟦GPE|延边⟧８个县市
来源：⟦ORG|延边日报⟧　２０１９-０６-１２　浏览：

本报讯（记者 金哲）２０１７年以来，⟦GPE#a1|浙江省宁波市|PAIRED=a2⟧对口帮扶⟦GPE#a2|吉林省延边朝鲜族自治州⟧，⟦GPE|宁波市⟧１０个区县（市）与⟦GPE|延边州⟧８个县市建立结对关系：⟦GPE#b1|鄞州区|PAIRED=b2⟧与⟦GPE#b2|和龙市⟧，⟦GPE#b3|慈溪市|PAIRED=b4⟧与⟦GPE#b4|龙井市⟧，⟦GPE#b5|北仑区|PAIRED=b6⟧与⟦GPE#b6|汪清县⟧，⟦GPE#b7|镇海区|PAIRED=b8⟧与⟦GPE#b8|图们市⟧，⟦GPE#b9|余姚市|PAIRED=b10⟧与⟦GPE#b10|延吉市⟧，⟦GPE#b11|海曙区|PAIRED=b12⟧与⟦GPE#b12|珲春市⟧，⟦GPE#b13|奉化区|PAIRED=b15⟧、⟦GPE#b14|宁海县|PAIRED=b15⟧与⟦GPE#b15|安图县⟧，⟦GPE#b16|江北区|PAIRED=b18⟧、⟦GPE#b17|象山县|PAIRED=b18⟧与⟦GPE#b18|敦化市⟧。⟦GPE#c1|宁海县|PAIRED=c2⟧同时还结对帮扶⟦GPE#c2|黔西南州晴隆县⟧。

两年来，⟦GPE#d1|宁波市⟧累计向⟦GPE#d2|延边州⟧投入财政帮扶资金⟦MONEY|２．８６亿元|FROM=d1|TO=d2⟧，实施帮扶项目１４７个。今年⟦GPE#e1|宁波市⟧安排财政帮扶资金⟦MONEY|１．１２亿元|FROM=e1|TO=e2,e3,e4,e5⟧，重点投向⟦GPE#e2|汪清⟧、⟦GPE#e3|安图⟧、⟦GPE#e4|龙井⟧、⟦GPE#e5|和龙⟧４个国家级贫困县市，每县⟦MONEY|２０００万元|FROM=e1|TO=e2,e3,e4,e5⟧。

人才交流方面，⟦GPE#f1|宁波⟧选派挂职干部⟦PERSON-COUNT|１６名|FROM=f1|TO=f2⟧、专业技术人才⟦PERSON-COUNT|２０４名|FROM=f1|TO=f2⟧到⟦GPE#f2|延边⟧工作；⟦ORG#g1|宁波大学医学院附属医院⟧向⟦ORG#g2|安图县人民医院⟧派出医生⟦PERSON-COUNT|８名|FROM=g1|TO=g2⟧。⟦GPE#h1|延边州⟧则组织⟦PERSON-COUNT|３２０名干部|FROM=h1|TO=h2⟧到⟦GPE#h2|宁波⟧培训。

人才交流方面，⟦GPE#k1|宁波⟧选派挂职干部⟦PERSON-COUNT|１６名|FROM=k1|TO=k2⟧、专业技术人才⟦PERSON-COUNT|２０４名|FROM=k1|TO=k2⟧到⟦GPE#k2|延边⟧工作；⟦ORG#l1|宁波大学医学院附属医院⟧向⟦ORG#l2|安图县人民医院⟧派出医生⟦PERSON-COUNT|８名|FROM=l1|TO=l2⟧。⟦GPE#m1|延边州⟧则组织⟦PERSON-COUNT|３２０名干部|FROM=m1|TO=m2⟧到⟦GPE#m2|宁波⟧培训。

劳务和消费方面，今年１—４月⟦GPE#i1|延边州⟧向⟦GPE#i2|浙江⟧转移就业农村劳动力⟦PERSON-COUNT|１１６０人|FROM=i1|TO=i2⟧，其中赴⟦GPE#i3|甬⟧务工⟦PERSON-COUNT|７３０人|FROM=i1|TO=i3⟧。⟦GPE|宁波市⟧在⟦GPE|鄞州区⟧开设⟦GPE|延边⟧特色商品馆，今年以来⟦GPE#j1|宁波市⟧采购⟦GPE#j2|延边⟧大米、木耳等农产品⟦MONEY|３６００万元|FROM=j1|TO=j2⟧，较去年同期翻了一番。

（编辑：朴英）
