⟦GPE#t1|宁波|PAIRED=t2⟧⟦GPE#t2|延边⟧结对两年：１０个区县（市）结对帮扶⟦GPE|延边⟧８个县市
来源：⟦ORG|延边日报⟧　２０１９-０６-１２　浏览：

本报讯（记者 金哲）２０１７年以来，⟦GPE#a1|浙江省宁波市|PAIRED=a2⟧对口帮扶⟦GPE#a2|吉林省延边朝鲜族自治州⟧，⟦GPE|宁波市⟧１０个区县（市）与⟦GPE|延边州⟧８个县市建立结对关系：⟦GPE#a3|鄞州区|PAIRED=a4⟧与⟦GPE#a4|和龙市⟧，⟦GPE#a5|慈溪市|PAIRED=a6⟧与⟦GPE#a6|龙井市⟧，⟦GPE#a7|北仑区|PAIRED=a8⟧与⟦GPE#a8|汪清县⟧，⟦GPE#a9|镇海区|PAIRED=a10⟧与⟦GPE#a10|图们市⟧，⟦GPE#a11|余姚市|PAIRED=a12⟧与⟦GPE#a12|延吉市⟧，⟦GPE#a13|海曙区|PAIRED=a14⟧与⟦GPE#a14|珲春市⟧，⟦GPE#a15|奉化区|PAIRED=a17⟧、⟦GPE#a16|宁海县|PAIRED=a17⟧与⟦GPE#a17|安图县⟧，⟦GPE#a18|江北区|PAIRED=a20⟧、⟦GPE#a19|象山县|PAIRED=a20⟧与⟦GPE#a20|敦化市⟧。⟦GPE#b1|宁海县|PAIRED=b2⟧同时还结对帮扶⟦GPE#b2|黔西南州晴隆县⟧。

两年来，⟦GPE#c1|宁波市⟧累计向⟦GPE#c2|延边州⟧投入财政帮扶资金⟦MONEY|２．８６亿元|FROM=c1|TO=c2⟧，实施帮扶项目１４７个。今年⟦GPE#d1|宁波市⟧安排财政帮扶资金⟦MONEY|１．１２亿元|FROM=d1|TO=d2,d3,d4,d5⟧，重点投向⟦GPE#d2|汪清⟧、⟦GPE#d3|安图⟧、⟦GPE#d4|龙井⟧、⟦GPE#d5|和龙⟧４个国家级贫困县市，每县⟦MONEY|２０００万元|FROM=d1|TO=d2,d3,d4,d5⟧。

人才交流方面，⟦GPE#e1|宁波⟧选派挂职干部⟦PERSON-COUNT|１６名|FROM=e1|TO=e2⟧、专业技术人才⟦PERSON-COUNT|２０４名|FROM=e1|TO=e2⟧到⟦GPE#e2|延边⟧工作；⟦ORG#f1|宁波大学医学院附属医院⟧向⟦ORG#f2|安图县人民医院⟧派出医生⟦PERSON-COUNT|８名|FROM=f1|TO=f2⟧。⟦GPE#g1|延边州⟧则组织⟦PERSON-COUNT|３２０名干部|FROM=g1|TO=g2⟧到⟦GPE#g2|宁波⟧培训。

人才交流方面，⟦GPE#re1|宁波⟧选派挂职干部⟦PERSON-COUNT|１６名|FROM=re1|TO=re2⟧、专业技术人才⟦PERSON-COUNT|２０４名|FROM=re1|TO=re2⟧到⟦GPE#re2|延边⟧工作；⟦ORG#rf1|宁波大学医学院附属医院⟧向⟦ORG#rf2|安图县人民医院⟧派出医生⟦PERSON-COUNT|８名|FROM=rf1|TO=rf2⟧。⟦GPE#rg1|延边州⟧则组织⟦PERSON-COUNT|３２０名干部|FROM=rg1|TO=rg2⟧到⟦GPE#rg2|宁波⟧培训。

劳务和消费方面，今年１—４月⟦GPE#i1|延边州⟧向⟦GPE#i2|浙江⟧转移就业农村劳动力⟦PERSON-COUNT|１１６０人|FROM=i1|TO=i2⟧，其中赴⟦GPE#i3|甬⟧务工⟦PERSON-COUNT|７３０人|FROM=i1|TO=i3⟧。⟦GPE|宁波市⟧在⟦GPE|鄞州区⟧开设⟦GPE|延边⟧特色商品馆，今年以来⟦GPE#j1|宁波市⟧采购⟦GPE#j2|延边⟧大米、木耳等农产品⟦MONEY|３６００万元|FROM=j1|TO=j2⟧，较去年同期翻了一番。

（编辑：朴英）
