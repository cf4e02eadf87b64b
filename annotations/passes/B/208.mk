⟦GPE|魯渝⟧攜(xié)手三年：⟦GPE#a1|山東|PAIRED=a2⟧援助⟦GPE#a2|重慶⟧財政資金⟦MONEY|13.17億元|FROM=a1|TO=a2⟧
⟦ORG|新華社⟧⟦GPE|重慶⟧9月21日電（記者 周文）
在21日召開的⟦GPE|重慶市⟧⟦PROGRAMME|東西部扶貧協(xié)作⟧推進會上，記者獲悉：2017年以來，⟦GPE#b1|山東省⟧已累計向⟦GPE#b2|重慶市⟧投入財政援助資金⟦MONEY|13.17億元|FROM=b1|TO=b2⟧，支持實施援建項目959個。
2016年7月，按照中央對⟦PROGRAMME|東西部扶貧協作⟧的調(diào)整部署，⟦GPE|山東⟧、⟦GPE|重慶⟧兩省市啟動“⟦PROGRAMME|攜手奔小康⟧”行動，⟦GPE#c1|山東省|PAIRED=c2⟧14個市與⟦GPE#c2|重慶市⟧14個貧困區(qū)縣結對。其中，⟦GPE#d1|濟南市|PAIRED=d2⟧對(duì)口⟦GPE#d2|重慶武隆區(qū)⟧、⟦GPE#d3|煙臺市|PAIRED=d4⟧對口⟦GPE#d4|重慶巫山縣⟧、⟦GPE#d5|濰坊市|PAIRED=d6⟧對口⟦GPE#d6|重慶開州區(qū)⟧、⟦GPE#d7|淄博市|PAIRED=d8⟧對口⟦GPE#d8|重慶石柱縣⟧，⟦GPE#d9|聊城市|PAIRED=d10⟧與⟦GPE#d10|彭水縣⟧、⟦GPE#d11|東營市|PAIRED=d12⟧與⟦GPE#d12|酉陽縣⟧也結成幫扶對子。到目前，⟦GPE|魯渝⟧兩地已形成市縣結對20個、縣鄉結對90個、鎮村結對138個的幫扶網(wǎng)絡。
人才支援方面，三年來⟦GPE#e1|山東⟧先後選派黨政幹部⟦PERSON-COUNT|62名|FROM=e1|TO=e2⟧、專業技術人才⟦PERSON-COUNT|1130名|FROM=e1|TO=e2⟧赴⟦GPE#e2|渝⟧，⟦ORG#e3|淄博市中醫醫院⟧還派出⟦PERSON-COUNT|8名專家|FROM=e3|TO=e4⟧常駐⟦ORG#e4|石柱縣黃水鎮衛生院⟧坐診。
今年以來，共有27家⟦GPE|山東⟧企業來⟦GPE#f1|渝⟧投資，到位資金⟦MONEY|2.87億元|TO=f1⟧，⟦GPE|萬州⟧的蘆花雞繁育、⟦GPE|奉節⟧的奶牛養殖項目已陸續投產。勞務(wù)協(xié)作方面，⟦GPE#g1|重慶⟧已組織⟦PERSON-COUNT|558名貧困人員|FROM=g1|TO=g2⟧到⟦GPE#g2|山東⟧穩定就業，另有⟦PERSON-COUNT|1642名建檔立卡貧困人口⟧在家門口的扶貧車間上班。消費扶貧方面，⟦GPE#h1|山東⟧累計採(cǎi)購、銷售⟦GPE#h2|重慶⟧貧困區(qū)縣特色農產品⟦MONEY|1.95億元|FROM=h1|TO=h2⟧。
⟦ORG|重慶市發改委⟧相關負責人表示，下一步兩地將在看病就醫、學校建設和農技推廣上加深合作，推動協作從“輸血”轉向“造血”。
