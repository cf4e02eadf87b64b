⟦GPE|粤桂⟧协作五年　⟦GPE#t1|深圳⟧累计向⟦GPE#t2|百色⟧⟦GPE#t3|河池⟧投入帮扶资金⟦MONEY|４６．６５亿元|FROM=t1|TO=t2,t3⟧
2020-11-23 08:40　来源：⟦ORG|人民网⟧

⟦ORG|人民网⟧⟦GPE|深圳⟧11月22日电（记者 林捷）⟦GPE|广西⟧最后8个贫困县日前获批脱贫摘帽。2016年以来，⟦GPE#a1|深圳市|PAIRED=a3,a4⟧代表⟦GPE|广东省⟧对口帮扶⟦GPE#a3|广西百色市⟧、⟦GPE#a4|河池市⟧两市17个贫困县，目前17县已全部摘帽。

按照中央部署，⟦GPE|广东⟧承担对口帮扶⟦GPE|广西⟧、⟦GPE|四川⟧、⟦GPE|贵州⟧、⟦GPE|云南⟧部分地区的任务：⟦GPE#b1|深圳|PAIRED=b2,b3⟧对口帮扶⟦GPE#b2|百色⟧、⟦GPE#b3|河池⟧，⟦GPE#b4|广州|PAIRED=b5,b6⟧对口帮扶⟦GPE#b5|毕节⟧、⟦GPE#b6|黔南⟧，⟦GPE#b7|佛山|PAIRED=b8⟧对口帮扶⟦GPE#b8|凉山⟧，⟦GPE#b9|东莞|PAIRED=b11⟧、⟦GPE#b10|中山|PAIRED=b11⟧对口帮扶⟦GPE#b11|昭通⟧，⟦GPE#b12|珠海|PAIRED=b13⟧对口帮扶⟦GPE#b13|怒江⟧。在⟦GPE|深圳⟧接手之前，⟦GPE#c1|东莞市|PAIRED=c2⟧曾长期对口帮扶⟦GPE#c2|河池市⟧。

据统计，五年来⟦GPE#d1|深圳⟧累计投入帮扶资金⟦MONEY|４６．６５亿元|FROM=d1⟧，其中财政资金⟦MONEY|３３．１３亿元|FROM=d1⟧、社会帮扶资金⟦MONEY|１３．５２亿元|FROM=d1⟧，先后选派干部⟦PERSON-COUNT|95名|FROM=d1⟧、专业技术人才⟦PERSON-COUNT|2000多人次|FROM=d1⟧。帮扶之初的2016年和2017年，⟦GPE#e1|深圳市⟧财政按每县每年⟦MONEY|1000万元|FROM=e1|TO=e2,e3,e4⟧向⟦GPE#e2|隆林⟧、⟦GPE#e3|乐业⟧、⟦GPE#e4|那坡⟧等贫困县安排扶贫协作资金。

在⟦GPE|百色⟧，⟦GPE#f1|深圳市龙岗区|PAIRED=f2,f3⟧从2016年起结对帮扶⟦GPE#f2|靖西市⟧、⟦GPE#f3|那坡县⟧，五年来向两地投入财政帮扶资金⟦MONEY|１．８７亿元|FROM=f1|TO=f2,f3⟧。⟦GPE|那坡县⟧本月实现⟦PERSON-COUNT|14095户⟧⟦PERSON-COUNT|55645个贫困人口⟧全部脱贫。

劳务协作方面，⟦GPE#g1|河池市⟧今年向⟦GPE#g2|广东⟧输送农村劳动力⟦PERSON-COUNT|3.6万人|FROM=g1|TO=g2⟧，其中到⟦GPE#g3|深圳⟧就业⟦PERSON-COUNT|1.1万人|FROM=g1|TO=g3⟧。⟦GPE#h1|深圳⟧今年采购⟦GPE#h2|百色⟧芒果、⟦GPE#h3|河池⟧桑蚕等农特产品⟦MONEY|１２．３亿元|FROM=h1|TO=h2,h3⟧，⟦GPE|两广⟧协作正从“输血”转向“造血”。

（责编：刘淞、陈育）
分享让更多人看到
