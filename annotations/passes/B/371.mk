首頁 > 援⟦GPE|疆⟧動態 > 正文
⟦GPE|粵喀⟧攜手十載　⟦GPE#t1|廣東⟧“十三五”期間投入援⟦GPE#t2|疆⟧資金⟦MONEY#t3|72.4億元|FROM=t1|TO=t2⟧
2021-03-15 10:12　來源：⟦ORG|南方日報⟧　【字體：大 中 小】

本報訊　2010年新一輪對口援⟦GPE|疆⟧工作啟動以來，⟦GPE#a1|廣東省|PAIRED=a2,a3⟧對口支援⟦GPE#a2|新疆喀什地區疏附縣⟧、⟦GPE#a3|伽師縣⟧和⟦ORG|兵團第三師⟧，⟦GPE#a4|廣州|PAIRED=a6⟧、⟦GPE#a5|佛山|PAIRED=a7⟧兩市分別具體負責⟦GPE#a6|疏附⟧、⟦GPE#a7|伽師⟧兩縣；⟦GPE#b1|深圳市|PAIRED=b2,b3⟧則對口支援⟦GPE#b2|喀什市⟧和⟦GPE#b3|塔什庫爾干塔吉克自治縣⟧。記者從⟦ORG|廣東省對口支援新疆前方指揮部⟧獲悉，“十三五”期間，⟦GPE#c1|廣東⟧累計向⟦GPE#c2|喀什⟧投入援⟦GPE#c3|疆⟧資金⟦MONEY#c5|72.4億元|FROM=c1|TO=c2,c3⟧，選派援⟦GPE#c4|疆⟧幹部人才⟦PERSON-COUNT#c6|1150餘名|FROM=c1|TO=c4⟧；⟦GPE#d1|深圳市⟧在此之外另安排援⟦GPE#d2|疆⟧資金⟦MONEY#d3|48.6億元|FROM=d1|TO=d2⟧。

分縣市看，五年間四個受援縣市到位援⟦GPE|疆⟧資金和幹部人才情況如下：
⟦GPE#e1|疏附縣⟧：援⟦GPE#e2|疆⟧資金⟦MONEY#e4|18.2億元|TO=e1,e2⟧，援⟦GPE#e3|疆⟧幹部人才⟦PERSON-COUNT#e5|146名|TO=e1,e3⟧；
⟦GPE#f1|伽師縣⟧：援⟦GPE#f2|疆⟧資金⟦MONEY#f4|19.6億元|TO=f1,f2⟧，援⟦GPE#f3|疆⟧幹部人才⟦PERSON-COUNT#f5|152名|TO=f1,f3⟧；
⟦GPE#g1|喀什市⟧：援⟦GPE#g2|疆⟧資金⟦MONEY#g4|31.5億元|TO=g1,g2⟧，援⟦GPE#g3|疆⟧幹部人才⟦PERSON-COUNT#g5|211名|TO=g1,g3⟧；
⟦GPE#h1|塔什庫爾干縣⟧：援⟦GPE#h2|疆⟧資金⟦MONEY#h4|17.1億元|TO=h1,h2⟧，援⟦GPE#h3|疆⟧幹部人才⟦PERSON-COUNT#h5|98名|TO=h1,h3⟧；
合計：援⟦GPE#i1|疆⟧資金⟦MONEY#i3|86.4億元|TO=i1⟧，援⟦GPE#i2|疆⟧幹部人才⟦PERSON-COUNT#i4|607名|TO=i2⟧。

在⟦GPE|伽師⟧，⟦ORG#j1|佛山市第一人民醫院⟧以“⟦PROGRAMME|組團式⟧”方式幫扶⟦ORG|伽師縣人民醫院⟧，三年來先後派出⟦PERSON-COUNT#j2|42名醫護人員|FROM=j1⟧，幫助該院新建臨床科室9個。今年1—2月，⟦GPE#k1|伽師縣⟧組織⟦PERSON-COUNT#k3|1260名富餘勞動力|FROM=k1|TO=k2⟧赴⟦GPE#k2|粵⟧務工。去年，⟦ORG#l1|廣東省供銷合作聯社⟧採購⟦GPE#l2|喀什⟧新梅、紅棗等農產品⟦MONEY#l4|3.2億元|FROM=l1|TO=l2⟧，⟦GPE|深圳⟧各區機關食堂也採購⟦GPE#l3|塔縣⟧犛牛肉⟦MONEY#l5|2600萬元|TO=l3⟧。

責任編輯：陳曉　　分享到：微信　微博　QQ空間
相關閱讀：⟦ORG|廣東援疆前方指揮部⟧召開年度工作會議
版權所有：⟦ORG|南方報業傳媒集團⟧　粵ICP備09138011號
