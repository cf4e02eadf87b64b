⟦GPE|鲁渝⟧协作三年　⟦GPE#t1|彭水⟧到位财政援助资金⟦MONEY|4.6亿元|TO=t1⟧
⟦ORG|人民网⟧⟦GPE|重庆⟧2024年1月9日电（记者 冉华）2021年新一轮⟦PROGRAMME|东西部协作⟧启动以来，⟦GPE#a1|山东省|PAIRED=a2⟧对口协作⟦GPE#a2|重庆市⟧，其中⟦GPE#a3|聊城市|PAIRED=a4⟧结对帮扶⟦GPE#a4|彭水苗族土家族自治县⟧。三年来，在⟦GPE#b1|聊城|PAIRED=b2⟧的帮扶下，⟦GPE#b2|彭水⟧累计到位财政援助资金⟦MONEY|4.6亿元|FROM=b1,b3|TO=b2⟧，实施协作项目212个，其中⟦GPE#b3|山东⟧省级资金⟦MONEY|3.1亿元|FROM=b3|TO=b2⟧、⟦GPE#b4|聊城⟧市县两级资金⟦MONEY|1.5亿元|FROM=b4|TO=b2⟧。⟦GPE#c1|聊城⟧还选派⟦PERSON-COUNT|17名挂职干部|FROM=c1|TO=c2⟧、⟦PERSON-COUNT|136名专业技术人才|FROM=c1|TO=c2⟧到⟦GPE#c2|彭水⟧工作。

在镇村层面，⟦GPE#d1|聊城市|PAIRED=d2⟧15个镇（街道）与⟦GPE#d2|彭水县⟧15个乡镇结对，⟦GPE#d3|高唐县|PAIRED=d4⟧结对帮扶⟦GPE#d4|乔梓乡⟧，投入⟦MONEY|250万元|FROM=d3|TO=d4⟧在该乡建起锦鲤养殖基地。“⟦PROGRAMME|万企兴万村⟧”行动中，⟦GPE|聊城⟧23家民营企业与⟦GPE|彭水⟧31个村结成村企对子。

医疗和教育方面，⟦ORG#e1|聊城市人民医院⟧去年向⟦ORG#e2|彭水县人民医院⟧派驻⟦PERSON-COUNT|8名专家|FROM=e1|TO=e2⟧，帮助建成胸痛、卒中两个中心；⟦ORG#f1|聊城大学|PAIRED=f2⟧与⟦GPE#f2|彭水县⟧签订校地合作协议，选派⟦PERSON-COUNT|12名教师|FROM=f1|TO=f3⟧到⟦ORG#f3|彭水县职业教育中心⟧任教。

消费帮扶方面，今年1—9月，⟦ORG#g1|聊城市总工会⟧采购⟦GPE#g2|彭水⟧红薯粉、苏麻油等农产品⟦MONEY|860万元|FROM=g1|TO=g2⟧，⟦ORG#g3|聊城市机关事务服务中心⟧为机关食堂集中采购⟦GPE#g4|彭水⟧腊肉、蔬菜等⟦MONEY|520万元|FROM=g3|TO=g4⟧；⟦ORG#h1|彭水县苗家红薯粉业有限公司⟧借助电商平台向⟦GPE|山东⟧客户销售产品⟦MONEY|1200万元|TO=h1⟧。

劳务协作方面，今年1—9月，⟦GPE#i1|彭水⟧向⟦GPE#i2|山东⟧输送农村劳动力⟦PERSON-COUNT|1320人|FROM=i1|TO=i2⟧，其中赴⟦GPE#i3|聊城⟧就业⟦PERSON-COUNT|640人|FROM=i1|TO=i3⟧；在⟦GPE|鲁渝⟧协作援建的帮扶车间就地就近就业的脱贫群众达⟦PERSON-COUNT|2300余人⟧。
