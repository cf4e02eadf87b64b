首頁 > 援⟦GPE|疆⟧動態 > 正文
⟦GPE|粵喀⟧攜手十載　⟦GPE#t1|廣東⟧“十三五”期間投入援⟦GPE#t2|疆⟧資金⟦MONEY|72.4億元|FROM=t1|TO=t2⟧
2021-03-15 10:12　來源：⟦ORG|南方日報⟧　【字體：大 中 小】

本報訊　2010年新一輪對口援⟦GPE|疆⟧工作啟動以來，⟦GPE#a1|廣東省|PAIRED=a2,a3⟧對口支援⟦GPE#a2|新疆喀什地區疏附縣⟧、⟦GPE#a3|伽師縣⟧和⟦ORG|兵團第三師⟧，⟦GPE#a4|廣州|PAIRED=a6⟧、⟦GPE#a5|佛山|PAIRED=a7⟧兩市分別具體負責⟦GPE#a6|疏附⟧、⟦GPE#a7|伽師⟧兩縣；⟦GPE#a8|深圳市|PAIRED=a9,a10⟧則對口支援⟦GPE#a9|喀什市⟧和⟦GPE#a10|塔什庫爾干塔吉克自治縣⟧。記者從⟦ORG|廣東省對口支援新疆前方指揮部⟧獲悉，“十三五”期間，⟦GPE#b1|廣東⟧累計向⟦GPE#b2|喀什⟧投入援⟦GPE#b3|疆⟧資金⟦MONEY|72.4億元|FROM=b1|TO=b2,b3⟧，選派援⟦GPE#b4|疆⟧幹部人才⟦PERSON-COUNT|1150餘名|FROM=b1|TO=b4⟧；⟦GPE#b5|深圳市⟧在此之外另安排援⟦GPE#b6|疆⟧資金⟦MONEY|48.6億元|FROM=b5|TO=b6⟧。

分縣市看，五年間四個受援縣市到位援⟦GPE|疆⟧資金和幹部人才情況如下：
⟦GPE#c1|疏附縣⟧：援⟦GPE#c2|疆⟧資金⟦MONEY|18.2億元|TO=c1,c2⟧，援⟦GPE#c3|疆⟧幹部人才⟦PERSON-COUNT|146名|TO=c1,c3⟧；
⟦GPE#c4|伽師縣⟧：援⟦GPE#c5|疆⟧資金⟦MONEY|19.6億元|TO=c4,c5⟧，援⟦GPE#c6|疆⟧幹部人才⟦PERSON-COUNT|152名|TO=c4,c6⟧；
⟦GPE#c7|喀什市⟧：援⟦GPE#c8|疆⟧資金⟦MONEY|31.5億元|TO=c7,c8⟧，援⟦GPE#c9|疆⟧幹部人才⟦PERSON-COUNT|211名|TO=c7,c9⟧；
⟦GPE#c10|塔什庫爾干縣⟧：援⟦GPE#c11|疆⟧資金⟦MONEY|17.1億元|TO=c10,c11⟧，援⟦GPE#c12|疆⟧幹部人才⟦PERSON-COUNT|98名|TO=c10,c12⟧；
合計：援⟦GPE#c13|疆⟧資金⟦MONEY|86.4億元|TO=c13⟧，援⟦GPE#c14|疆⟧幹部人才⟦PERSON-COUNT|607名|TO=c14⟧。

在⟦GPE|伽師⟧，⟦ORG#d1|佛山市第一人民醫院⟧以“⟦PROGRAMME|組團式⟧”方式幫扶⟦ORG#d2|伽師縣人民醫院⟧，三年來先後派出⟦PERSON-COUNT|42名醫護人員|FROM=d1|TO=d2⟧，幫助該院新建臨床科室9個。今年1—2月，⟦GPE#e1|伽師縣⟧組織⟦PERSON-COUNT|1260名富餘勞動力|FROM=e1|TO=e2⟧赴⟦GPE#e2|粵⟧務工。去年，⟦ORG#e3|廣東省供銷合作聯社⟧採購⟦GPE#e4|喀什⟧新梅、紅棗等農產品⟦MONEY|3.2億元|FROM=e3|TO=e4⟧，⟦GPE|深圳⟧各區機關食堂也採購⟦GPE#e5|塔縣⟧犛牛肉⟦MONEY|2600萬元|TO=e5⟧。

責任編輯：陳曉　　分享到：微信　微博　QQ空間
相關閱讀：⟦ORG|廣東援疆前方指揮部⟧召開年度工作會議
版權所有：⟦ORG|南方報業傳媒集團⟧　粵ICP備09138011號
