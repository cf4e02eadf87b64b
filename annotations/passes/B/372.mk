首页 > 援(yuán)⟦GPE|藏⟧动态 > 正文
⟦ORG|湖(hú)南省第九批援藏工作队⟧进⟦GPE|藏⟧一年多　⟦GPE#t1|山南⟧四县到位援⟦GPE#t2|藏⟧资金⟦MONEY|3.1亿元|TO=t1,t2⟧
发布时间：2020-11-06 09:12　来源：⟦ORG|湖南日报⟧　浏览次数：

按照中央部署，⟦GPE|湖北|PAIRED=a4⟧、⟦GPE|湖(hú)南|PAIRED=a4⟧、⟦GPE|安徽|PAIRED=a4⟧三省共同对口支援⟦GPE#a4|西藏山南(nán)市⟧。1995年以来，⟦GPE|湖南省|PAIRED=b2,b3,b4,b5⟧重点帮扶(fú)⟦GPE#b2|扎囊⟧、⟦GPE#b3|贡嘎⟧、⟦GPE#b4|桑日⟧、⟦GPE#b5|隆子⟧四县，其中由⟦GPE|长沙市|PAIRED=b7⟧具体负责⟦GPE#b7|贡嘎县⟧。截至2020年10月，2019年7月进⟦GPE|藏⟧的⟦ORG#c1|湖南省第九批援藏(zàng)工作队⟧累计向四县安排援⟦GPE#c2|藏⟧资金⟦MONEY|3.1亿元|FROM=c1|TO=c2,c3,c4,c5,c6⟧，其中⟦GPE#c3|扎囊县⟧⟦MONEY|8600万元|FROM=c1|TO=c3⟧、⟦GPE#c4|贡嘎县⟧⟦MONEY|9200万元|FROM=c1|TO=c4⟧、⟦GPE#c5|桑日县⟧⟦MONEY|5700万元|FROM=c1|TO=c5⟧、⟦GPE#c6|隆子(zǐ)县⟧⟦MONEY|7500万元|FROM=c1|TO=c6⟧。

今年8月，⟦GPE#d1|湖南省⟧以“⟦PROGRAMME|组团式⟧”方式选派⟦PERSON-COUNT|38名|FROM=d1|TO=d2,d3⟧援⟦GPE#d2|藏⟧教(jiào)师进驻⟦ORG#d3|山南市第二高级中学⟧和各县城学校。⟦GPE#e1|桑日县⟧今年组织⟦PERSON-COUNT|126名农牧民群众|FROM=e1|TO=e2⟧赴⟦GPE#e2|湘⟧务工，⟦ORG#e3|长沙市总工会⟧则采购⟦GPE#e4|贡嘎⟧蜂蜜、青稞等农特产品⟦MONEY|560万元|FROM=e3|TO=e4⟧。鎻村棌宸ヤ綔?

在⟦GPE|湖北|PAIRED=f2,f3⟧对口支援的⟦GPE#f2|乃东区⟧、⟦GPE#f3|琼结县⟧，今年援⟦GPE#f4|藏⟧资金分别达到⟦MONEY|1.4亿元|TO=f2,f4⟧和⟦MONEY|6800万元|TO=f3,f4⟧。⟦GPE#g1|襄阳市⟧还向⟦GPE#g2|琼结⟧追加协(xié)作资金⟦MONEY|800万元|FROM=g1|TO=g2⟧，用于古城街区改造。

在⟦GPE|林(lín)芝⟧，⟦GPE|广东|PAIRED=h3⟧、⟦GPE|福建|PAIRED=h3⟧两省对口支援⟦GPE#h3|林芝市⟧，其中⟦GPE|东莞|PAIRED=h6⟧、⟦GPE|中山|PAIRED=h7⟧分别对口⟦GPE#h6|巴宜区⟧和⟦GPE#h7|工布江达县⟧。今年，⟦ORG#i1|中山市人民医院⟧向⟦ORG#i2|工布江达县人民医院⟧派出⟦PERSON-COUNT|5名医生|FROM=i1|TO=i2⟧，⟦GPE#i3|东莞市⟧也向⟦GPE#i4|巴宜区⟧拨付援⟦GPE#i5|藏⟧资金⟦MONEY|5800万元|FROM=i3|TO=i4,i5⟧。

（责任编辑：杨帆）
