東部省市對口援⟦GPE|藏⟧工作一覽（2016—2021）
來源：⟦ORG|中國西藏網⟧　2021-11-05　【打印】【關閉】
編者按：自1994年中央第三次⟦GPE|西藏⟧工作座談會確定對口支援政策以來，各援⟦GPE|藏⟧省市和中央企業持續加大投入。以下爲據公開資料整理的部分數據，截至2021年10月。
⟦GPE#ah|江蘇省|PAIRED=ad⟧（對口⟦GPE#ad|拉薩市⟧）：援⟦GPE#az0|藏⟧幹部人才⟦PERSON-COUNT|877名|FROM=ah|TO=az0,ad⟧，援⟦GPE#az1|藏⟧資金⟦MONEY|61.3億元|FROM=ah|TO=az1,ad⟧，援⟦GPE|藏⟧項目657個；
⟦GPE#bh|上海市|PAIRED=bd⟧（對口⟦GPE#bd|日喀則市⟧）：援⟦GPE#bz0|藏⟧資金⟦MONEY|40.6億元|FROM=bh|TO=bz0,bd⟧，援⟦GPE#bz1|藏⟧幹部⟦PERSON-COUNT|386名|FROM=bh|TO=bz1,bd⟧；
⟦GPE#ch|山東省|PAIRED=cd⟧（對口⟦GPE#cd|日喀則市⟧）：援⟦GPE#cz0|藏⟧資金⟦MONEY|28.7億元|FROM=ch|TO=cz0,cd⟧，援⟦GPE#cz1|藏⟧幹部⟦PERSON-COUNT|312名|FROM=ch|TO=cz1,cd⟧；
⟦GPE#dh|吉林省|PAIRED=dd⟧（對口⟦GPE#dd|日喀則市⟧）：援⟦GPE#dz0|藏⟧資金⟦MONEY|5.2億元|FROM=dh|TO=dz0,dd⟧，援⟦GPE#dz1|藏⟧幹部⟦PERSON-COUNT|98名|FROM=dh|TO=dz1,dd⟧；
⟦GPE#e1|廣東省|PAIRED=ed⟧、⟦GPE#e2|福建省|PAIRED=ed⟧（對口⟦GPE#ed|林芝市⟧）：援⟦GPE#ez|藏⟧資金合計⟦MONEY|52.4億元|FROM=e1,e2|TO=ez,ed⟧；
⟦GPE#fh|浙江省|PAIRED=fd⟧（對口⟦GPE#fd|那曲市⟧）：援⟦GPE#fz0|藏⟧資金⟦MONEY|24.9億元|FROM=fh|TO=fz0,fd⟧；
⟦GPE#gh|陜西省|PAIRED=gd⟧（對口⟦GPE#gd|阿里地區⟧）：援⟦GPE#gz0|藏⟧資金⟦MONEY|9.8億元|FROM=gh|TO=gz0,gd⟧，援⟦GPE#gz1|藏⟧幹部⟦PERSON-COUNT|156名|FROM=gh|TO=gz1,gd⟧。
“十三五”五年裏，⟦GPE#h1|江蘇省⟧投向對口援⟦GPE#h2|藏⟧的資金達⟦MONEY|19.2億元|FROM=h1|TO=h2⟧，建成援建項目186個，八成以上落在基層民生；“十四五”規劃再上項目132個，計劃總投資⟦MONEY|25.6億元⟧。在⟦GPE#i1|江蘇|PAIRED=i2⟧援建下，⟦GPE#i2|拉薩市達孜區⟧工業園區如今有300多家企業落戶，⟦PERSON-COUNT|4000多名農牧民⟧在園區上班。
在⟦GPE#j1|上海|PAIRED=j2,j3⟧的幫扶下，⟦GPE#j2|日喀則市亞東縣⟧的冷水魚養殖和⟦GPE#j3|定日縣⟧的民宿旅遊逐步形成規模，當地羣衆在家門口就能增收。⟦ORG|上海市第九批援藏幹部聯絡組⟧介紹，三年來聯絡組引進滬上企業23家，幫助⟦PERSON-COUNT|1800餘名農牧民⟧穩定就業。同年，?浀峁醫療隊完成手術1200餘台，帶教本地醫生⟦PERSON-COUNT|60餘人⟧。
中央企業方面，⟦ORG#k1|國家電網有限公司|PAIRED=k2⟧在⟦GPE#k2|阿里地區⟧援建電網聯網工程，投資逾⟦MONEY|百億元|FROM=k1|TO=k2⟧，讓當地告別長期缺電的歷史。此外，⟦GPE|西藏⟧與各援⟦GPE|藏⟧省市每年雙向掛職的幹部有⟦PERSON-COUNT|200餘人次⟧，這裏不再分列。
