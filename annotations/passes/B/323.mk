⟦GPE|苏陕⟧协作迈入新阶段　⟦GPE#t1|江苏⟧去年向⟦GPE#t2|陕西⟧投入财政援助资金⟦MONEY|26.9亿元|FROM=t1|TO=t2⟧
⟦ORG|新华网⟧⟦GPE|西安⟧2月15日电（记者 李华）记者从⟦ORG|陕西省发展改革委⟧获悉，去年以来，⟦GPE#a1|江苏|PAIRED=a2⟧、⟦GPE#a2|陕西⟧两省携手推进⟦PROGRAMME|东西部协作⟧，⟦GPE#a3|江苏省⟧全年向⟦GPE#a4|陕西⟧投入⟦GPE|苏陕⟧协作财政援助资金⟦MONEY|26.9亿元|FROM=a3|TO=a4⟧，实施帮扶项目1343个。

按照新一轮结对安排，⟦GPE|江苏省⟧确定⟦GPE#b1|南京市|PAIRED=b2⟧对口帮扶⟦GPE#b2|商洛市⟧、⟦GPE#b3|无锡市|PAIRED=b4⟧对口帮扶⟦GPE#b4|延安市⟧。⟦GPE#c1|南京市|PAIRED=c2⟧11个区随后与⟦GPE#c2|商洛市⟧7个县区逐一结对；⟦GPE|无锡⟧所辖的⟦GPE#d1|江阴市|PAIRED=d3⟧、⟦GPE#d2|宜兴市|PAIRED=d4⟧则分别与⟦GPE#d3|延川县⟧、⟦GPE#d4|吴起县⟧保持结对关系，“⟦GPE|江阴⟧—⟦GPE|延川⟧”这对搭档已走过十多个年头。去年两市协作资金到位情况：
⟦GPE#e1|南京市⟧—⟦GPE#e2|商洛市⟧　⟦MONEY|3.12亿元|FROM=e1|TO=e2⟧（其中市级财政⟦MONEY|2.4亿元|FROM=e1|TO=e2⟧）
⟦GPE#f1|无锡市⟧—⟦GPE#f2|延安市⟧　⟦MONEY|2.86亿元|FROM=f1|TO=f2⟧
⟦GPE|宁商⟧、⟦GPE|延锡⟧两对城市还共建产业园区9个。

干部人才交流方面，⟦GPE#g1|陕西⟧去年新选派⟦PERSON-COUNT|306名干部|FROM=g1|TO=g2⟧、⟦PERSON-COUNT|1183名专业技术人才|FROM=g1|TO=g2⟧到⟦GPE#g2|江苏⟧挂职和跟岗学习，⟦GPE#g3|江苏⟧也选派⟦PERSON-COUNT|148名干部|FROM=g3|TO=g4⟧来⟦GPE#g4|陕⟧挂职。去年，通过⟦GPE|苏陕⟧劳务协作，⟦GPE#h1|陕西⟧新增转移就业脱贫劳动力⟦PERSON-COUNT|1.56万人|FROM=h1⟧，其中赴⟦GPE#h2|江苏⟧就业⟦PERSON-COUNT|5381人|FROM=h1|TO=h2⟧。消费协作上，⟦GPE#i1|江苏⟧去年采购、帮助销售⟦GPE#i2|陕西⟧农特产品⟦MONEY|31.5亿元|FROM=i1|TO=i2⟧。

回看“十三五”，⟦GPE#j1|江苏|PAIRED=j2⟧帮扶⟦GPE#j2|陕西⟧五年间累计投入财政援助资金⟦MONEY|67.6亿元|FROM=j1⟧，助力⟦GPE|陕西⟧56个贫困县全部摘帽。

【纠错】　责任编辑：王珂
