首页 > 新闻中心 > 扶贫协作 > 正文
⟦GPE#t1|广州|PAIRED=t2⟧⟦GPE#t2|黔南⟧携手攻坚　今年1—10月到位帮扶资金⟦MONEY|3.26亿元⟧
发布时间：2018-11-20 09:15　来源：⟦ORG|黔南日报⟧　编辑：罗敏　【字号 大 中 小】

本报讯,,2018年是⟦GPE#a1|广州市|PAIRED=a2⟧对口帮扶⟦GPE#a2|黔南布依族苗族自治州⟧的第六年，，也是⟦GPE#a3|广州|PAIRED=a4⟧与⟦GPE#a4|毕节市⟧开展⟦PROGRAMME|东西部扶贫协作⟧的第三年。。据⟦ORG|黔南州扶贫办⟧统计，，今年1—10月，⟦GPE#b1|广州⟧向⟦GPE#b2|黔南⟧拨付财政帮扶资金⟦MONEY|3.26亿元|FROM=b1|TO=b2⟧，，其中⟦GPE#b3|都匀市⟧⟦MONEY|4100万元|FROM=b1|TO=b3⟧、⟦GPE#b4|独山县⟧⟦MONEY|3800万元|FROM=b1|TO=b4⟧、⟦GPE#b5|三都水族自治县⟧⟦MONEY|4600万元|FROM=b1|TO=b5⟧。其余资金投向⟦GPE|荔波⟧、⟦GPE|平塘⟧、⟦GPE|罗甸⟧等县。

在⟦GPE#c1|广州市黄埔区|PAIRED=c2,c3⟧的帮扶下，，⟦GPE#c2|独山⟧、⟦GPE#c3|三都⟧两县今年新建扶贫车间27个。⟦GPE#d1|黄埔区|PAIRED=d2⟧还与⟦GPE#d2|都匀经济开发区⟧签订产业协作协议，，引导⟦GPE|广州⟧企业投资⟦MONEY|1.8亿元|FROM=d1⟧建设电子元器件厂，，吸纳当地贫困人口⟦PERSON-COUNT|430人⟧就业。。

2017年以来，⟦GPE#e1|广州⟧各区累计选派挂职干部⟦PERSON-COUNT|46名|FROM=e1|TO=e2⟧、专业技术人才⟦PERSON-COUNT|620名|FROM=e1|TO=e2⟧赴⟦GPE#e2|黔南⟧工作。⟦ORG#f1|广州市第一人民医院⟧与⟦ORG#f2|都匀市人民医院⟧结对，，去年派出医疗专家⟦PERSON-COUNT|9名|FROM=f1|TO=f2⟧常驻该院；⟦GPE#g1|广州南沙区⟧则接收⟦GPE#g2|黔南⟧⟦PERSON-COUNT|326名贫困家庭学生|FROM=g2|TO=g1⟧到当地技工学校就读。

劳务协作方面，，今年1—10月⟦GPE#h1|黔南州⟧共向⟦GPE#h2|广东⟧输送农村劳动力⟦PERSON-COUNT|1.9万人|FROM=h1|TO=h2⟧，，其中到⟦GPE#h3|广州⟧就业⟦PERSON-COUNT|7300人|FROM=h1|TO=h3⟧、到⟦GPE#h4|佛山⟧就业⟦PERSON-COUNT|2100人|FROM=h1|TO=h4⟧。。消费扶贫方面，，⟦ORG#i1|广州市供销合作总社⟧今年采购⟦GPE#i2|黔南⟧茶叶、刺梨等农产品⟦MONEY|5200万元|FROM=i1|TO=i2⟧。同期⟦GPE#j1|广州⟧向⟦GPE#j2|毕节市⟧拨付财政帮扶资金⟦MONEY|4.9亿元|FROM=j1|TO=j2⟧。。

责任编辑：韦丽
分享到：微信　微博　QQ空间
版权所有：⟦ORG|黔南日报社⟧　黔ICP备05001234号
